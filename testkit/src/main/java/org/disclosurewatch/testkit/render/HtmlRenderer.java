package org.disclosurewatch.testkit.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Renders a report as a district-portal page: site chrome (header, navigation, breadcrumbs, publication
 * date, footer, related links) around an article with the title, the narrative paragraphs and the three
 * tables with real merged cells (rowspan/colspan, two-row headers), inline styles and {@code &nbsp;}, dressed
 * per {@link RenderOptions}.
 */
public final class HtmlRenderer implements ReportRenderer {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int TABLE_WIDTH = 600;

    @Override
    public RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options) {
        String title = ReportText.title(report);
        String site = report.region() + "人民政府";
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
        if (options.gbEncoding()) {
            h.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n");
        } else {
            h.append("<meta charset=\"utf-8\">\n");
        }
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(title)).append('_').append(esc(site)).append("</title>\n");
        h.append("<meta name=\"SiteName\" content=\"").append(esc(site)).append("\">\n");
        h.append("<meta name=\"ArticleTitle\" content=\"").append(esc(title)).append("\">\n");
        if (publishedOn != null) {
            h.append("<meta name=\"PubDate\" content=\"").append(publishedOn).append(" 09:30\">\n");
        }
        h.append("<meta name=\"ContentSource\" content=\"").append(esc(report.agency())).append("\">\n");
        h.append("<link rel=\"stylesheet\" href=\"/images/common.css\">\n<script src=\"/images/jquery.min.js\"></script>\n");
        h.append("</head>\n<body>\n");
        h.append("<div class=\"top-bar\"><div class=\"w1200\"><span>欢迎访问").append(esc(site))
                .append("网站</span><a href=\"/wza/\">无障碍</a> | <a href=\"/wap/\">手机版</a></div></div>\n");
        h.append("<div class=\"header\"><div class=\"w1200\"><a class=\"logo\" href=\"/\"><img src=\"/images/logo.png\" alt=\"")
                .append(esc(site)).append("\"></a><form class=\"search\" action=\"/search/\"><input name=\"q\" placeholder=\"请输入关键词\">"
                        + "<button type=\"submit\">搜索</button></form></div></div>\n");
        h.append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
                + "<li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>"
                + "<li><a href=\"/zjxq/\">走进").append(esc(shortRegion(report))).append("</a></li></ul></div>\n");
        String folder = report.agencyLevel() == AgencyLevel.GOVERNMENT ? "区政府信息公开年报"
                : report.agencyLevel() == AgencyLevel.TOWNSHIP ? "镇街信息公开年报" : "部门信息公开年报";
        h.append("<div class=\"w1200 main\">\n<div class=\"crumbs\">您当前的位置：<a href=\"/\">首页</a>&gt;"
                + "<a href=\"/zwgk/\">政务公开</a>&gt;<a href=\"../\">政府信息公开年报</a>&gt;<span>")
                .append(folder).append("</span></div>\n");
        h.append("<div class=\"article\">\n<div class=\"article-title\"><h1>").append(esc(title)).append("</h1></div>\n");
        h.append("<div class=\"article-info\">");
        if (publishedOn != null) {
            h.append("<span>发布时间：").append(publishedOn).append("</span>");
        }
        h.append("<span>来源：").append(esc(report.agency())).append("</span><span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>\n");
        h.append("<div class=\"article-content\"><div class=\"TRS_Editor\">");
        for (String line : ReportText.titleLines(report, options.titleOnTwoLines())) {
            h.append("<p style=\"text-align:center;\"><strong><span style=\"font-size:22px;font-family:方正小标宋简体\">")
                    .append(esc(line)).append("</span></strong></p>");
        }
        para(h, ReportText.preamble(report));
        FormTables tables = new FormTables(report, options);
        var grids = tables.all();
        for (int part = 0; part < 6; part++) {
            h.append("<p style=\"text-indent: 2em;\"><strong>").append(esc(tables.label(ReportText.PART_HEADINGS.get(part))))
                    .append("</strong>&nbsp;</p>");
            switch (part) {
                case 0 -> ReportText.paragraphs(report, AnnualReport.PART1).forEach(p -> para(h, p));
                case 4 -> ReportText.paragraphs(report, AnnualReport.PART5).forEach(p -> para(h, p));
                case 5 -> ReportText.paragraphs(report, AnnualReport.PART6).forEach(p -> para(h, p));
                default -> table(h, grids.get(part - 1), options);
            }
        }
        h.append("<p style=\"text-align:right;\">").append(esc(report.agency())).append("</p>");
        String date = ReportText.date(report.signedOn());
        if (date != null) {
            h.append("<p style=\"text-align:right;\">").append(date).append("</p>");
        }
        h.append("<p>&nbsp;</p></div></div>\n");
        h.append("<div class=\"article-tools\"><a href=\"javascript:window.print()\">【打印本页】</a>"
                + "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n");
        h.append("</div>\n<div class=\"related\"><h3>相关链接</h3><ul><li><a href=\"../\">政府信息公开指南</a></li>"
                + "<li><a href=\"../\">政府信息公开制度</a></li></ul></div>\n</div>\n");
        h.append("<div class=\"footer\"><p>主办：").append(esc(site)).append("办公室&nbsp;&nbsp;承办：")
                .append(esc(shortRegion(report))).append("大数据发展中心</p><p>网站标识码：5001100012&nbsp;&nbsp;ICP备05003300号"
                        + "&nbsp;&nbsp;公网安备 50011002500001号</p></div>\n");
        h.append("</body>\n</html>\n");
        byte[] bytes = h.toString().getBytes(options.gbEncoding() ? GB18030 : StandardCharsets.UTF_8);
        return new RenderedDocument(bytes, options.gbEncoding() ? "text/html" : "text/html; charset=UTF-8", "html");
    }

    private static String shortRegion(AnnualReport report) {
        String r = report.region();
        int i = Math.max(r.lastIndexOf('省'), r.lastIndexOf('市', r.length() - 2));
        return i >= 0 && i < r.length() - 1 ? r.substring(i + 1) : r;
    }

    private static void para(StringBuilder h, String text) {
        h.append("<p style=\"text-indent: 2em;\">").append(esc(text)).append("</p>");
    }

    private static void table(StringBuilder h, TableGrid grid, RenderOptions options) {
        double[] widths = grid.widths();
        h.append("<table style=\"border-collapse:collapse;border:none\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\" border=\"1\" width=\"")
                .append(TABLE_WIDTH).append("\"><tbody>");
        for (int r = 0; r < grid.rowCount(); r++) {
            h.append(r == 0 ? "<tr style=\"height:38px\" class=\"firstRow\">" : "<tr style=\"height:38px\">");
            for (GridCell cell : grid.row(r)) {
                double w = 0;
                for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                    w += widths[c];
                }
                h.append("<td");
                if (cell.rowSpan() > 1) {
                    h.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    h.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                h.append(" style=\"padding:5px 5px 5px 5px;border:1px solid windowtext\" valign=\"center\"");
                if (cell.role() != GridCell.Role.LABEL) {
                    h.append(" align=\"center\"");
                }
                h.append(" width=\"").append(Math.round(w * TABLE_WIDTH)).append("\">");
                h.append(content(cell, r, options));
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String content(GridCell cell, int r, RenderOptions options) {
        String inner;
        if (cell.lines().size() > 1 && options.headerSplit() == HeaderSplit.PARAGRAPH) {
            StringBuilder b = new StringBuilder();
            cell.lines().forEach(l -> b.append("<p style=\"text-indent: 0em;\">").append(esc(l)).append("</p>"));
            return b.toString();
        }
        inner = String.join("<br/>", cell.lines().stream().map(HtmlRenderer::esc).toList());
        if (cell.role() == GridCell.Role.VALUE && options.paddedNumbers()) {
            inner = (r + cell.col()) % 2 == 0 ? "&nbsp;" + inner : inner + "&nbsp;";
        } else if (inner.isEmpty()) {
            inner = (r + cell.col()) % 2 == 0 ? "&nbsp;" : "";
        }
        return options.cellParagraphs() ? "<p style=\"text-indent: 0em;\">" + inner + "</p>" : inner;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
