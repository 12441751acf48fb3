package org.disclosurewatch.parser.meta;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.form.Labels;
import org.disclosurewatch.parser.form.SectionTables;

/**
 * Finds the report title ("重庆市綦江区应急管理局2024年政府信息公开工作年度报告", possibly printed on two
 * lines: the body's name above "2024年政府信息公开工作年度报告") and splits it into agency and year.
 *
 * @param title  the title as printed, spaces inside words removed
 * @param agency the filing body or region named in the title, or null
 * @param year   the year named in the title, or null
 */
public record ReportTitle(String title, String agency, Integer year) {
    private static final int HEAD_PARAGRAPHS = 12;
    /** Most paragraphs looked at for the title before the body starts. */
    private static final int MAX_HEAD_PARAGRAPHS = 200;
    private static final int MAX_TITLE = 80;
    /** Longest second line of a title wrapped by the page width ("报告", "年度报告"). */
    private static final int WRAPPED_TAIL = 12;

    /**
     * Finds the title among the document's own first lines and the hints found outside the body. The first
     * lines are every paragraph before the report's first part (a printed web page carries the portal's
     * navigation above the title, a link "政府信息公开年报" among it); the most complete candidate wins:
     * one naming the body and the year before one naming only the year, before one naming neither.
     */
    public static ReportTitle find(List<Block> blocks, List<String> outside) {
        List<String> heads = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                if (heads.size() >= HEAD_PARAGRAPHS && startsBody(p.text())) {
                    break;
                }
                heads.add(p.text());
                if (heads.size() >= MAX_HEAD_PARAGRAPHS) {
                    break;
                }
            } else if (b instanceof Table t && SectionTables.sectionOf(t) != null) {
                break;
            }
        }
        ReportTitle fromBody = search(heads);
        if (fromBody != null && fromBody.agency() != null) {
            return fromBody;
        }
        ReportTitle fromOutside = search(outside);
        if (fromOutside != null && (fromBody == null || score(fromOutside) > score(fromBody))) {
            return fromOutside;
        }
        return fromBody;
    }

    /** Whether a paragraph opens the report's body: its first part or the preamble's statistics period. */
    private static boolean startsBody(String text) {
        String f = Labels.fold(text);
        return f.startsWith("一、") || f.startsWith("一.") || f.contains("12月31日");
    }

    private static int score(ReportTitle t) {
        return (t.agency() != null ? 2 : 0) + (t.year() != null ? 1 : 0);
    }

    private static ReportTitle search(List<String> lines) {
        String previous = null;
        ReportTitle best = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = compact(firstSegment(lines.get(i)));
            if (!isReportTitle(line) && i + 1 < lines.size() && line.contains("政府信息公开")) {
                String next = compact(lines.get(i + 1));
                if (next.length() <= WRAPPED_TAIL && isReportTitle(line + next)) {
                    line = line + next; // a title wrapped onto a second line
                    i++;
                }
            }
            if (line.length() <= MAX_TITLE && isReportTitle(line)) {
                ReportTitle t = parse(line);
                if (t.agency() == null && previous != null && isAgencyLine(previous)) {
                    t = new ReportTitle(previous + line, previous, t.year());
                }
                if (best == null || score(t) > score(best)) {
                    best = t;
                }
                if (score(best) == 3) {
                    return best;
                }
            }
            if (!line.isEmpty()) {
                previous = line;
            }
        }
        return best;
    }

    /** Whether a line reads as the title of an annual report (not a notice or an explanation about one). */
    public static boolean isReportTitle(String line) {
        String f = Labels.fold(line);
        boolean names = f.contains("政府信息公开") && (f.contains("年度报告") || f.contains("年报"));
        boolean about = f.contains("解读") || f.contains("通知") || f.contains("关于") || f.startsWith("《")
                || f.contains("图解") || f.contains("编制");
        return names && !about;
    }

    private static boolean isAgencyLine(String line) {
        return line.length() <= 40 && !line.contains("报告") && !line.contains("信息公开") && !line.contains("。") && !line.contains("，")
                && Character.UnicodeScript.of(line.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static ReportTitle parse(String line) {
        int y = findYear(line);
        if (y < 0) {
            return new ReportTitle(line, null, null);
        }
        int year = Integer.parseInt(line.substring(y, y + 4));
        String before = trimName(line.substring(0, y));
        String agency = before.isEmpty() ? null : before;
        if (agency == null) {
            int after = y + 5;
            if (after < line.length() && line.charAt(after) == '度') {
                after++;
            }
            int gov = line.indexOf("政府信息公开", after);
            if (gov > after) {
                String mid = trimName(line.substring(after, gov));
                agency = mid.isEmpty() ? null : mid;
            }
        }
        return new ReportTitle(line, agency, year);
    }

    private static int findYear(String s) {
        for (int i = 0; i + 4 < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && s.charAt(i + 4) == '年'
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static String trimName(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "《》〈〉“”\"'：:（(".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        while (!t.isEmpty() && "《》〈〉“”\"'：:）)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The part of a page title before the site name ("报告_栏目_网站"). */
    private static String firstSegment(String s) {
        String t = s;
        for (String sep : new String[] {"_", " - ", "—", "|", "－"}) {
            int i = t.indexOf(sep);
            if (i > 0) {
                t = t.substring(0, i);
            }
        }
        return t;
    }

    /** Removes white space of any width (letter-spaced titles "年 度 报 告"). */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
