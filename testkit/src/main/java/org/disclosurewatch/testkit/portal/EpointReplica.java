package org.disclosurewatch.testkit.portal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An Epoint (新点) WebBuilder column: the listing {@code /xxgk/<column>/subpage.html?categoryNum=<n>} (a query
 * string a user copies as is), paged by page-number links, 下一页 and 尾页 ({@code …&pageIndex=N}); titles
 * without dates; reports at {@code /xxgk/<column>/<yyyyMMdd>/<uuid>.html} (the day the page was made) with the
 * publication date under 发布日期 or 【信息时间：…】 beside 成文日期; attachments served by a download servlet
 * without a file extension, named by their link text ({@code 年报.docx}).
 */
public final class EpointReplica extends FamilyReplica {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final String column;
    private final String category;

    public EpointReplica(String hostKey, String region, String body, String column, String category) {
        super(hostKey, region, body);
        this.column = Site.normaliseColumn(column);
        this.category = category;
    }

    @Override
    public String adapter() {
        return "epoint";
    }

    @Override
    protected void defaults(ReplicaEntry e) {
        e.pageLabel("发布日期");
    }

    private String listingPath(int page) {
        return column + "subpage.html?categoryNum=" + category + (page == 0 ? "" : "&pageIndex=" + (page + 1));
    }

    @Override
    public String listingUrl(ReplicaPortal portal) {
        return portal.url(hostKey, listingPath(0));
    }

    private String pagePath(ReplicaEntry e) {
        return column + e.madeOn().format(DAY) + "/" + UUID.nameUUIDFromBytes(("page" + e.id()).getBytes(StandardCharsets.UTF_8)) + ".html";
    }

    private String attachmentPath(ReplicaEntry e, int i) {
        return "/EpointWebBuilder/WebbuilderMIS/attach/downloadZtbAttach.jspx?attachGuid="
                + UUID.nameUUIDFromBytes(("attach" + e.id() + "_" + i).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void publish(Site site) {
        int pages = Math.max(1, (entries.size() + pageSize - 1) / pageSize);
        for (int p = 0; p < pages; p++) {
            StringBuilder list = new StringBuilder("<div class=\"ewb-location\">当前位置：<a href=\"/\">首页</a> &gt; 政府信息公开 &gt; 年度报告</div>\n")
                    .append("<ul class=\"wb-data-item\">\n");
            for (ReplicaEntry e : entries.subList(p * pageSize, Math.min(entries.size(), (p + 1) * pageSize))) {
                list.append("<li class=\"wb-data-list\"><div class=\"wb-data-infor\"><a href=\"").append(pagePath(e))
                        .append("\" target=\"_blank\" title=\"").append(esc(e.title())).append("\">").append(esc(e.title()))
                        .append("</a></div></li>\n");
            }
            list.append("</ul>\n<div class=\"ewb-page\">");
            for (int q = 0; q < pages; q++) {
                String href = listingPath(q).substring(column.length()).replace("&", "&amp;");
                list.append(q == p ? "<span class=\"current\">" + (q + 1) + "</span>" : "<a href=\"" + href + "\">" + (q + 1) + "</a>");
            }
            if (p + 1 < pages) {
                list.append("<a href=\"").append(listingPath(p + 1).substring(column.length()).replace("&", "&amp;"))
                        .append("\">下一页</a>").append("<a href=\"")
                        .append(listingPath(pages - 1).substring(column.length()).replace("&", "&amp;")).append("\">尾页</a>");
            }
            list.append("</div>");
            html(site, hostKey, listingPath(p), page("utf-8", "政府信息公开年报", "", list.toString()), StandardCharsets.UTF_8);
        }
        for (ReplicaEntry e : entries) {
            if (e.deadStatus() != 0) {
                site.behave(hostKey, pagePath(e), Behaviour.gone(e.deadStatus()));
                continue;
            }
            StringBuilder b = new StringBuilder("<div class=\"ewb-article\"><h2 class=\"article-title\">").append(esc(e.title()))
                    .append("</h2>\n<div class=\"article-info\">");
            if (e.writtenOn != null) {
                b.append("成文日期：").append(e.writtenOn).append(' ');
            }
            if (e.pageLabel() != null) {
                b.append(e.pageLabel().equals("信息时间") ? "【信息时间：" + e.publishedOn() + "】"
                        : e.pageLabel() + "：" + e.publishedOn());
            }
            b.append("</div>\n<div class=\"article-content\">").append(e.content).append("</div>\n");
            for (int i = 0; i < e.attachments.size(); i++) {
                ReplicaEntry.File f = e.attachments.get(i);
                site.addFile(hostKey, attachmentPath(e, i), f.contentType(), f.content());
                b.append("<p class=\"attach\"><a href=\"").append(attachmentPath(e, i)).append("\">").append(esc(f.name())).append("</a></p>\n");
            }
            b.append("</div>");
            html(site, hostKey, pagePath(e), page("utf-8", e.title(), "", b.toString()), StandardCharsets.UTF_8);
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
            docs.add(portal.url(hostKey, pagePath(e)));
            for (int i = 0; i < e.attachments.size(); i++) {
                docs.add(portal.url(hostKey, attachmentPath(e, i)));
            }
            String source = e.pageLabel() != null ? "page:" + e.pageLabel() : "url";
            out.add(new Expected(portal.url(hostKey, pagePath(e)), docs, e.year(),
                    e.pageLabel() != null ? e.publishedOn() : e.madeOn(), source, e.title()));
        }
        return out;
    }
}
