package org.disclosurewatch.validator.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Cuts the narrative parts out of a report's text by their headings, the way a reader of the document
 * finds them: part 一 runs from the "总体情况" heading to the "主动公开政府信息情况" heading, part 五 from the
 * heading about 存在…问题 to the "其他需要报告的事项" heading (or the end), part 六 from that heading to the end.
 * A heading is a short line containing the words; numbering and bookmarks around it are ignored.
 */
public final class ReportText {
    private static final int HEADING_MAX = 40;

    private ReportText() {
    }

    /** Narrative parts by key ({@link AnnualReport#PART1} …); a part whose heading is absent is left out. */
    public static Map<String, String> narrative(String text) {
        List<String> lines = text.lines().toList();
        int part1 = heading(lines, 0, l -> l.contains("总体情况"));
        int part2 = heading(lines, part1 + 1, l -> l.contains("主动公开政府信息情况"));
        int part5 = heading(lines, Math.max(part2, 0) + 1, l -> l.contains("存在") && l.contains("问题"));
        int part6 = heading(lines, Math.max(part5, part2) + 1, l -> l.contains("其他需要报告"));
        Map<String, String> parts = new LinkedHashMap<>();
        if (part1 >= 0) {
            parts.put(AnnualReport.PART1, join(lines, part1 + 1, part2 >= 0 ? part2 : lines.size()));
        }
        if (part5 >= 0) {
            parts.put(AnnualReport.PART5, join(lines, part5 + 1, part6 >= 0 ? part6 : lines.size()));
        }
        if (part6 >= 0) {
            parts.put(AnnualReport.PART6, join(lines, part6 + 1, lines.size()));
        }
        return parts;
    }

    /** The text of a portal page, one line per paragraph, cell or line break. */
    public static String htmlText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style").remove();
        for (Element e : doc.select("p, div, br, tr, td, th, li, h1, h2, h3, h4, h5, h6")) {
            e.after(new TextNode("\n"));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : doc.body().wholeText().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static int heading(List<String> lines, int from, Predicate<String> words) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            String l = lines.get(i).replaceAll("\\[bookmark:[^\\]]*\\]", "").strip();
            if (!l.isEmpty() && l.length() <= HEADING_MAX && words.test(l)) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("\n", lines.subList(from, Math.max(from, to))).strip();
    }
}
