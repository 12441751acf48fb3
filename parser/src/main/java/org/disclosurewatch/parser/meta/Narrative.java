package org.disclosurewatch.parser.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportPart;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.form.Labels;

/**
 * Finds the six part headings by their words (numbering is often wrong or missing: "1、总体情况", no "三、")
 * and collects the text of the narrative parts 一, 五 and 六.
 */
public final class Narrative {
    private static final int MAX_HEADING = 40;

    private Narrative() {
    }

    /** The part a short line is the heading of (1..6), or 0. */
    public static int headingPart(String text) {
        String f = Labels.fold(text);
        if (f.length() > MAX_HEADING || f.isEmpty()) {
            return 0;
        }
        String k = Labels.stripNumbering(f);
        if (k.startsWith(ReportPart.OVERVIEW.title()) || k.equals("概述")) {
            return 1;
        }
        if (k.startsWith(ReportPart.ACTIVE_DISCLOSURE.title()) || k.startsWith("主动公开政府信息")) {
            return 2;
        }
        if (k.startsWith("收到和处理政府信息公开申请")) {
            return 3;
        }
        if (k.startsWith("政府信息公开行政复议") || k.startsWith("因政府信息公开") && k.contains("行政复议")) {
            return 4;
        }
        if ((k.contains("存在的主要问题") || k.startsWith("存在问题") || k.startsWith("主要问题")
                || k.startsWith("当前存在")) && !k.contains("。")) {
            return 5;
        }
        if (k.startsWith(ReportPart.OTHER_MATTERS.title()) || k.startsWith("其它需要报告的事项")) {
            return 6;
        }
        return 0;
    }

    /** Number of distinct part headings found. */
    public static int headingCount(List<Block> blocks) {
        boolean[] seen = new boolean[7];
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                int part = headingPart(p.text());
                if (part > 0 && !seen[part]) {
                    seen[part] = true;
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Texts of parts 一, 五, 六 by key ({@link AnnualReport#PART1} ...). Part 六 stops before the closing
     * signature lines ({@code closing} paragraphs: the agency name and the date).
     */
    public static Map<String, String> read(List<Block> blocks, int closing) {
        Map<Integer, List<String>> parts = new LinkedHashMap<>();
        int current = 0;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                paragraphs.add(p);
            } else {
                paragraphs.add(null);
            }
        }
        int stop = paragraphs.size() - closing;
        for (int i = 0; i < stop; i++) {
            Paragraph p = paragraphs.get(i);
            if (p == null) {
                current = current == 1 || current == 5 || current == 6 ? -current : current;
                continue;
            }
            int h = headingPart(p.text());
            if (h > 0) {
                current = h;
                continue;
            }
            if (current > 0) {
                parts.computeIfAbsent(current, k -> new ArrayList<>()).add(p.text().strip());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put(AnnualReport.PART1, String.join("\n", parts.getOrDefault(1, List.of())));
        out.put(AnnualReport.PART5, String.join("\n", parts.getOrDefault(5, List.of())));
        out.put(AnnualReport.PART6, String.join("\n", parts.getOrDefault(6, List.of())));
        return out;
    }
}
