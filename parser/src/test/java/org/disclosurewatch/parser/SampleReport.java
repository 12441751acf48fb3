package org.disclosurewatch.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * A small 2021-format report built in the test: its cell texts by dotted path (editable, to show one kind
 * of mess at a time) and its three tables as printed grids (label columns + value columns).
 */
final class SampleReport {
    static final String AGENCY = "重庆市綦江区民政局";
    final String agency;
    final Map<String, String> cells = new LinkedHashMap<>();
    String feeHeader = "本年收费金额（单位：万元）";

    SampleReport() {
        this(AGENCY);
    }

    SampleReport(String agency) {
        this.agency = agency;
        int n = 0;
        for (Section s : Section.values()) {
            for (RowSpec r : Forms.FORM_2021.rows(s)) {
                for (ColumnSpec c : r.columns()) {
                    cells.put(s.key() + "." + r.key() + "." + c.key(), Integer.toString(n++ % 9 + 1));
                }
            }
        }
        cells.put("active_disclosure.administrative_fees.amount_yuan", "12.5");
    }

    SampleReport set(String path, String text) {
        cells.put(path, text);
        return this;
    }

    String cell(String path) {
        return cells.get(path);
    }

    List<String> intro() {
        return List.of(agency, "2024年政府信息公开工作年度报告",
                "本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。", "一、总体情况",
                "2024年，本机关持续深化政务公开。", "二、主动公开政府信息情况");
    }

    List<String> closing() {
        return List.of("五、存在的主要问题及改进情况", "公开内容还需丰富。", "六、其他需要报告的事项", "无。", agency, "2025年1月20日");
    }

    /** Part 二 as one grid per 第二十条 item. */
    List<List<List<String>>> part2() {
        List<List<List<String>>> out = new ArrayList<>();
        String ad = "active_disclosure.";
        out.add(List.of(List.of("第二十条第（一）项"), List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                row("规章", ad + "regulations", "issued", "repealed", "in_force"),
                row("行政规范性文件", ad + "normative_documents", "issued", "repealed", "in_force")));
        out.add(List.of(List.of("第二十条第（五）项"), List.of("信息内容", "本年处理决定数量"),
                row("行政许可", ad + "administrative_licensing", "decisions")));
        out.add(List.of(List.of("第二十条第（六）项"), List.of("信息内容", "本年处理决定数量"),
                row("行政处罚", ad + "administrative_penalty", "decisions"),
                row("行政强制", ad + "administrative_enforcement", "decisions")));
        out.add(List.of(List.of("第二十条第（八）项"), List.of("信息内容", feeHeader),
                row("行政事业性收费", ad + "administrative_fees", "amount_yuan")));
        return out;
    }

    /** Part 三: two header rows, then one row per form row with its printed labels. */
    List<List<String>> part3() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
        out.add(List.of("自然人", "法人或其他组织", "总计"));
        out.add(List.of("商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他"));
        String group = "";
        int sub = 0;
        for (RowSpec r : Forms.FORM_2021.rows(Section.REQUESTS)) {
            List<String> labels = new ArrayList<>();
            String g = r.group();
            String printed;
            if (g.equals("一") || g.equals("二") || g.equals("四")) {
                printed = g + "、" + r.label();
            } else if (g.equals("三（三）") || g.equals("三（四）") || g.equals("三（五）") || g.equals("三（六）")) {
                if (!g.equals(group)) {
                    labels.add(g.substring(1) + Map.of("三（三）", "不予公开", "三（四）", "无法提供", "三（五）", "不予处理",
                            "三（六）", "其他处理").get(g));
                    sub = 0;
                }
                printed = (++sub) + "." + r.label();
            } else {
                printed = g.substring(1) + r.label();
            }
            if (g.equals("三（一）")) {
                labels.add(0, "三、本年度办理结果");
            }
            group = g;
            labels.add(printed);
            List<String> row = new ArrayList<>(labels);
            for (ColumnSpec c : r.columns()) {
                row.add(cells.get("requests." + r.key() + "." + c.key()));
            }
            out.add(row);
        }
        return out;
    }

    /** Part 四: three header rows and one row of 15 values. */
    List<List<String>> part4() {
        List<String> cols = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("行政复议", "行政诉讼"));
        List<String> second = new ArrayList<>(cols);
        second.add("未经复议直接起诉");
        second.add("复议后起诉");
        out.add(second);
        List<String> third = new ArrayList<>(cols);
        third.addAll(cols);
        out.add(third);
        List<String> values = new ArrayList<>();
        for (String g : List.of("review", "litigation_direct", "litigation_after_review")) {
            for (String c : List.of("upheld", "corrected", "other", "pending", "total")) {
                values.add(cells.get("reviews_and_litigation." + g + "." + c));
            }
        }
        out.add(values);
        return out;
    }

    private List<String> row(String label, String prefix, String... cols) {
        List<String> r = new ArrayList<>();
        r.add(label);
        for (String c : cols) {
            r.add(cells.get(prefix + "." + c));
        }
        return r;
    }

    /** The report as an HTML page with site chrome, the 三 label spanning its rows. */
    String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(agency).append("2024年政府信息公开工作年度报告_网站</title></head><body>")
                .append("<div class=\"nav\">首页 &gt; 政务公开 &gt; 年报</div><div class=\"content\">");
        for (String p : intro()) {
            b.append("<p>").append(p).append("</p>\n");
        }
        for (List<List<String>> t : part2()) {
            b.append(htmlTable(t, false));
        }
        b.append("<p>三、收到和处理政府信息公开申请情况</p>").append(htmlTable(part3(), true));
        b.append("<p>四、政府信息公开行政复议、行政诉讼情况</p>").append(htmlTable(part4(), false));
        for (String p : closing()) {
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.append("</div><div class=\"footer\">主办单位：重庆市綦江区人民政府办公室 2023年5月1日</div></body></html>")
                .toString();
    }

    private static String htmlTable(List<List<String>> rows, boolean spanGroup) {
        StringBuilder b = new StringBuilder("<table border=\"1\"><tbody>");
        boolean spanned = false;
        for (List<String> r : rows) {
            b.append("<tr>");
            for (String c : r) {
                if (spanGroup && c.equals("三、本年度办理结果")) {
                    if (spanned) {
                        continue;
                    }
                    spanned = true;
                    b.append("<td rowspan=\"22\">");
                } else {
                    b.append("<td>");
                }
                b.append("<p>").append(c.replace("\n", "</p><p>")).append("</p></td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }
}
