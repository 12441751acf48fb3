package org.disclosurewatch.testkit.portal;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TRS WCM column: {@code <column>/index.htm}, further pages {@code index_1.htm} … written only by the paging
 * script {@code createPageHTML(pages, current, "index", "htm")} (no link to follow); reports at
 * {@code <yyyyMM>/t<yyyyMMdd>_<id>.htm} with the day the page was made in the URL, the publication date beside
 * the link, under 时间 on the page and in a {@code PubDate} meta tag; mobile copies {@code _wap.htm}; attachments
 * {@code P0<yyyyMMdd><id>_<n>.<ext>}; every page GBK (declared gb2312, no charset in the header).
 */
public final class TrsWcmReplica extends FamilyReplica {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final Charset GBK = Charset.forName("GB18030");

    private final String column;

    public TrsWcmReplica(String hostKey, String region, String body, String column) {
        super(hostKey, region, body);
        this.column = Site.normaliseColumn(column);
    }

    @Override
    public String adapter() {
        return "trs-wcm";
    }

    @Override
    protected void defaults(ReplicaEntry e) {
        e.pageLabel("时间");
    }

    @Override
    public String listingUrl(ReplicaPortal portal) {
        return portal.url(hostKey, column + "index.htm");
    }

    private String pagePath(ReplicaEntry e) {
        return column + e.madeOn().format(MONTH) + "/t" + e.madeOn().format(DAY) + "_" + e.id() + ".htm";
    }

    private String wapPath(ReplicaEntry e) {
        return pagePath(e).replace(".htm", "_wap.htm");
    }

    private String attachmentPath(ReplicaEntry e, int i) {
        return column + e.madeOn().format(MONTH) + "/P0" + e.madeOn().format(DAY) + e.id() + "_" + (i + 1)
                + extension(e.attachments.get(i).name());
    }

    private String linkPath(ReplicaEntry e) {
        return e.linkedAsAttachmentOnly() ? attachmentPath(e, 0) : pagePath(e);
    }

    @Override
    public void publish(Site site) {
        int pages = Math.max(1, (entries.size() + pageSize - 1) / pageSize);
        for (int p = 0; p < pages; p++) {
            StringBuilder list = new StringBuilder("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n")
                    .append("<ul class=\"list\">\n");
            for (ReplicaEntry e : entries.subList(p * pageSize, Math.min(entries.size(), (p + 1) * pageSize))) {
                list.append("<li><a href=\".").append(linkPath(e).substring(column.length() - 1)).append("\" title=\"")
                        .append(esc(e.title())).append("\" target=\"_blank\">").append(esc(e.title())).append("</a>");
                if (e.hasMobileCopy()) {
                    list.append(" <a href=\".").append(wapPath(e).substring(column.length() - 1)).append("\">手机版</a>");
                }
                list.append("<span class=\"date\">").append(e.publishedOn()).append("</span></li>\n");
            }
            list.append("</ul>\n<div class=\"page\"><script type=\"text/javascript\">createPageHTML(").append(pages)
                    .append(", ").append(p).append(", \"index\", \"htm\");</script></div>");
            html(site, hostKey, column + (p == 0 ? "index.htm" : "index_" + p + ".htm"),
                    page("gb2312", "政府信息公开年报", "", list.toString()), GBK);
        }
        for (ReplicaEntry e : entries) {
            if (e.deadStatus() != 0) {
                site.behave(hostKey, linkPath(e), Behaviour.gone(e.deadStatus()));
                continue;
            }
            for (int i = 0; i < e.attachments.size(); i++) {
                ReplicaEntry.File f = e.attachments.get(i);
                site.addFile(hostKey, attachmentPath(e, i), f.contentType(), f.content());
            }
            if (e.linkedAsAttachmentOnly()) {
                continue;
            }
            String head = "<meta name=\"PubDate\" content=\"" + e.publishedOn() + " 10:00\">"
                    + "<meta name=\"ColumnName\" content=\"政府信息公开年报\">";
            StringBuilder b = new StringBuilder("<div class=\"article\"><h1>").append(esc(e.title())).append("</h1>\n<div class=\"info\">");
            if (e.pageLabel() != null) {
                b.append(e.pageLabel()).append("：").append(e.publishedOn()).append(" 10:00 ");
            }
            if (e.writtenOn != null) {
                b.append("成文日期：").append(e.writtenOn).append(' ');
            }
            b.append("来源：").append(esc(body == null ? region : body)).append("</div>\n<div class=\"TRS_Editor\">").append(e.content).append("</div>\n");
            for (int i = 0; i < e.attachments.size(); i++) {
                b.append("<p>附件：<a href=\"./").append(attachmentPath(e, i).substring(attachmentPath(e, i).lastIndexOf('/') + 1))
                        .append("\">").append(esc(e.attachments.get(i).name())).append("</a></p>\n");
            }
            b.append("</div>");
            html(site, hostKey, pagePath(e), page("gb2312", e.title(), head, b.toString()), GBK);
            if (e.hasMobileCopy()) {
                html(site, hostKey, wapPath(e), page("gb2312", e.title(), head, b.toString()), GBK);
            }
        }
    }

    @Override
    public List<Expected> expected(ReplicaPortal portal) {
        List<Expected> out = new ArrayList<>();
        for (ReplicaEntry e : entries) {
            if (!e.isReport() || e.deadStatus() != 0) {
                continue;
            }
            List<String> docs = new ArrayList<>();
            if (!e.linkedAsAttachmentOnly()) {
                docs.add(portal.url(hostKey, pagePath(e)));
            }
            for (int i = 0; i < e.attachments.size(); i++) {
                docs.add(portal.url(hostKey, attachmentPath(e, i)));
            }
            out.add(new Expected(portal.url(hostKey, linkPath(e)), docs, e.year(), e.publishedOn(), "listing", e.title()));
        }
        return out;
    }
}
