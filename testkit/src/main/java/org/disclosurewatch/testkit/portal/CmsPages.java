package org.disclosurewatch.testkit.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders listing and report pages the way Chongqing's district CMS lays them out: a breadcrumb
 * ("您当前的位置"), report links with dates in a list, pagination by {@code createPageHTML(...)} plus a
 * "下一页" link, and on report pages "发布时间：" and an attachment block.
 */
final class CmsPages {
    private CmsPages() {
    }

    /** Number of listing pages for a count of reports. */
    static int pageCount(int reports, int pageSize) {
        return Math.max(1, (reports + pageSize - 1) / pageSize);
    }

    static String listingFileName(int page) {
        return page == 0 ? "index.html" : "index_" + page + ".html";
    }

    static byte[] listing(Site.Column column, List<SiteReport> newestFirst, int page, int pageSize) {
        int pages = pageCount(newestFirst.size(), pageSize);
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title></head><body>\n")
                .append("<div class=\"position\">您当前的位置：<a href=\"/\">首页</a>&gt;<a>政务公开</a>&gt;")
                .append("<a>政府信息公开年报</a></div>\n<ul class=\"list\">\n");
        int from = page * pageSize;
        int to = Math.min(newestFirst.size(), from + pageSize);
        for (int i = from; i < to; i++) {
            SiteReport r = newestFirst.get(i);
            String desktop = relative(column.path(), r.path());
            String wap = relative(column.path(), r.wapPath());
            String href = r.listsOnlyWapLink() ? wap : desktop;
            html.append("  <li><a href=\"").append(href).append("\" title=\"").append(escape(r.title()))
                    .append("\" target=\"_blank\">").append(escape(r.title())).append("</a><span>")
                    .append(r.publishedOn()).append("</span>");
            if (r.listsWapLink() && !r.listsOnlyWapLink()) {
                html.append(" <a href=\"").append(wap).append("\">手机版</a>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n<div class=\"page\"><script>createPageHTML(").append(pages).append(", ").append(page)
                .append(", \"index\", \"html\");</script>");
        if (page + 1 < pages) {
            html.append("<a href=\"").append(listingFileName(page + 1)).append("\">下一页</a>");
        }
        html.append("</div>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] report(SiteReport r, boolean mobile) {
        String charsetLabel = r.charset().equals(StandardCharsets.UTF_8) ? "utf-8"
                : r.charset().name().toLowerCase(Locale.ROOT).startsWith("gb") ? "gb2312" : r.charset().name();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charsetLabel).append("\"><title>").append(escape(r.title())).append("</title></head><body>\n");
        if (!mobile) {
            html.append("<div class=\"position\">您当前的位置：<a href=\"/\">首页</a>&gt;<a>政务公开</a>&gt;")
                    .append("<a>政府信息公开年报</a></div>\n");
        }
        html.append("<div class=\"article\"><h1>").append(escape(r.title())).append("</h1>\n")
                .append("<div class=\"info\"><span>发布时间：").append(r.publishedOn()).append(" 09:13</span>")
                .append("<span>来源：政务公开</span></div>\n<div class=\"content\">\n")
                .append(body(r.content())).append("\n</div>\n");
        List<SiteReport.Attachment> attachments = r.attachments();
        if (!attachments.isEmpty()) {
            html.append("<div class=\"attachments\"><p>附件：</p>\n");
            String base = r.path().substring(0, r.path().lastIndexOf('/') + 1);
            for (SiteReport.Attachment a : attachments) {
                html.append("<p><a href=\"./").append(a.path().substring(base.length())).append("\">")
                        .append(escape(a.name())).append("</a></p>\n");
            }
            html.append("</div>\n");
        }
        html.append("</div>\n</body></html>\n");
        return html.toString().getBytes(r.charset());
    }

    static String body(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.toLowerCase(Locale.ROOT).contains("<body")) {
            Document doc = Jsoup.parse(text);
            return doc.body().html();
        }
        return text;
    }

    private static String relative(String columnPath, String path) {
        return "./" + path.substring(columnPath.length());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
