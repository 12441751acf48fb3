package org.disclosurewatch.testkit.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.ReportPart;

/** The prose of a rendered report shared by all renderers: title, preamble, part headings, signature. */
public final class ReportText {
    /** The six part headings, in order. */
    public static final List<String> PART_HEADINGS = Arrays.stream(ReportPart.values()).map(ReportPart::heading).toList();

    private ReportText() {
    }

    /** The title, or the generic one when the report has none. */
    public static String title(AnnualReport report) {
        return report.title() != null ? report.title()
                : report.agency() + report.year() + "年政府信息公开工作年度报告";
    }

    /** The title as printed: one line, or the agency over "2024年政府信息公开工作年度报告". */
    public static List<String> titleLines(AnnualReport report, boolean twoLines) {
        String title = title(report);
        if (twoLines && title.startsWith(report.agency())) {
            return List.of(report.agency(), title.substring(report.agency().length()));
        }
        return List.of(title);
    }

    public static String preamble(AnnualReport report) {
        String notice = report.format() == ReportFormat.F2019 ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号";
        int y = report.year();
        return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（"
                + notice + "）要求，由" + report.agency() + "编制。全文包括总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
                + "其他需要报告的事项。本报告中所列数据的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。";
    }

    /** The paragraphs of a narrative part. */
    public static List<String> paragraphs(AnnualReport report, String part) {
        List<String> out = new ArrayList<>();
        for (String p : report.narrativePart(part).split("\n")) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The signing date as printed ("2025年1月23日"), or null. */
    public static String date(LocalDate date) {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
