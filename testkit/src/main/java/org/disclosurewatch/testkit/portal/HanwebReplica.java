package org.disclosurewatch.testkit.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Hanweb (大汉) JCMS column: {@code /col/col<id>/index.html} holds its first records as XML for a script
 * ({@code <script type="text/xml"><datastore><recordset><record><![CDATA[<li>…</li>]]>}), the rest only from
 * the list endpoint {@code /module/web/jpage/dataproxy.jsp?startrecord=…&endrecord=…&perpage=…&columnid=<id>};
 * reports at {@code /art/<yyyy>/<M>/<d>/art_<col>_<id>.html} (the day the page was made), the publication date
 * only beside the link unless an entry shows it on the page; attachments under {@code /picture/0/}.
 */
public final class HanwebReplica extends FamilyReplica {
    private final int columnId;

    public HanwebReplica(String hostKey, String region, String body, int columnId) {
        super(hostKey, region, body);
        this.columnId = columnId;
    }

    @Override
    public String adapter() {
        return "hanweb";
    }

    @Override
    protected void defaults(ReplicaEntry e) {
        e.noDateOnPage();
    }

    @Override
    public String listingUrl(ReplicaPortal portal) {
        return portal.url(hostKey, "/col/col" + columnId + "/index.html");
    }

    private String apiPath(int index) {
        int start = index * pageSize + 1;
        return "/module/web/jpage/dataproxy.jsp?startrecord=" + start + "&endrecord=" + (start + pageSize - 1)
                + "&perpage=" + pageSize + "&columnid=" + columnId;
    }

    @Override
    protected String listingExtras() {
        return "        list-api:\n"
                + "          url: \"/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={end}&perpage=" + pageSize
                + "&columnid=" + columnId + "\"\n"
                + "          format: xml\n"
                + "          items: record\n"
                + "          page-size: " + pageSize + "\n";
    }

    private String pagePath(ReplicaEntry e) {
        return "/art/" + e.madeOn().getYear() + "/" + e.madeOn().getMonthValue() + "/" + e.madeOn().getDayOfMonth()
                + "/art_" + columnId + "_" + e.id() + ".html";
    }

    private String attachmentPath(ReplicaEntry e, int i) {
        return "/picture/0/" + e.madeOn().toString().replace("-", "") + e.id() + (i + 1) + extension(e.attachments.get(i).name());
    }

    private String linkPath(ReplicaEntry e) {
        return e.linkedAsAttachmentOnly() ? attachmentPath(e, 0) : pagePath(e);
    }

    private String record(ReplicaEntry e) {
        return "<record><![CDATA[<li><a href=\"" + linkPath(e) + "\" title=\"" + esc(e.title()) + "\" target=\"_blank\">"
                + esc(e.title()) + "</a><span class=\"bt-data-time\">" + e.publishedOn() + "</span></li>]]></record>\n";
    }

    private String datastore(List<ReplicaEntry> records) {
        StringBuilder d = new StringBuilder("<datastore><totalrecord>").append(entries.size()).append("</totalrecord><recordset>\n");
        records.forEach(e -> d.append(record(e)));
        return d.append("</recordset></datastore>").toString();
    }

    @Override
    public void publish(Site site) {
        String first = "<div class=\"bt-position\">您的位置：<a href=\"/\">首页</a> &gt; 信息公开 &gt; 政府信息公开年报</div>\n"
                + "<div id=\"" + columnId + "\"><script type=\"text/xml\">" + datastore(entries.subList(0, Math.min(pageSize, entries.size())))
                + "</script><script language=\"javascript\" src=\"/module/web/jpage/jpage.js\"></script>"
                + "<script>var pageUrl='/module/web/jpage/dataproxy.jsp';var perpage=" + pageSize + ";</script></div>";
        html(site, hostKey, "/col/col" + columnId + "/index.html", page("utf-8", "政府信息公开年报", "", first), StandardCharsets.UTF_8);
        int pages = (entries.size() + pageSize - 1) / pageSize;
        for (int p = 0; p <= pages; p++) {
            List<ReplicaEntry> slice = p < pages ? entries.subList(p * pageSize, Math.min(entries.size(), (p + 1) * pageSize)) : List.of();
            site.addFile(hostKey, apiPath(p), "text/xml; charset=utf-8",
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + datastore(slice)).getBytes(StandardCharsets.UTF_8));
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
            StringBuilder b = new StringBuilder("<div class=\"main\"><div class=\"title\">").append(esc(e.title())).append("</div>\n<div class=\"bt-info\">");
            if (e.pageLabel() != null) {
                b.append(e.pageLabel()).append("：").append(e.publishedOn()).append(' ');
            }
            b.append("浏览次数：<span id=\"c\"></span></div>\n<div id=\"zoom\">").append(e.content).append("</div>\n");
            for (int i = 0; i < e.attachments.size(); i++) {
                b.append("<p><a href=\"").append(attachmentPath(e, i)).append("\">").append(esc(e.attachments.get(i).name())).append("</a></p>\n");
            }
            b.append("</div>");
            html(site, hostKey, pagePath(e), page("utf-8", e.title(), "<meta name=\"ColumnName\" content=\"政府信息公开年报\">", b.toString()),
                    StandardCharsets.UTF_8);
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
