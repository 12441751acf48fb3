package org.disclosurewatch.parser.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.parser.form.Labels;

/**
 * The date printed under the signature at the end of a report: a line that is only a date
 * ("2025年1月23日", "二〇二五年一月二十三日", "2025-01-23") among the last short lines. Dates inside sentences
 * are never taken.
 */
public final class SigningDate {
    private static final int TAIL_LINES = 4;
    private static final int SHORT_LINE = 40;
    /** Closing lines searched for a signature followed by other text. */
    private static final int SIGNATURE_SEARCH = 20;

    private SigningDate() {
    }

    /** The signing date among the closing paragraphs (in order), or null. */
    public static LocalDate find(List<String> paragraphs) {
        int seen = 0;
        for (int i = paragraphs.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            String f = Labels.fold(paragraphs.get(i));
            if (f.isEmpty()) {
                continue;
            }
            seen++;
            if (f.length() > SHORT_LINE) {
                return null;
            }
            LocalDate d = parseDate(f);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The signing date among the closing paragraphs; when the report is followed by other text (a printed web
     * page's footer), the date line next to the signature naming {@code agency}, among the last lines.
     */
    public static LocalDate find(List<String> paragraphs, String agency) {
        LocalDate d = find(paragraphs);
        if (d != null || agency == null) {
            return d;
        }
        String name = Labels.fold(agency);
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - SIGNATURE_SEARCH); i--) {
            String f = Labels.fold(paragraphs.get(i));
            if (f.length() > SHORT_LINE || (d = parseDate(f)) == null) {
                continue;
            }
            if (i > 0 && signs(Labels.fold(paragraphs.get(i - 1)), name)
                    || i + 1 < paragraphs.size() && signs(Labels.fold(paragraphs.get(i + 1)), name)) {
                return d;
            }
        }
        return null;
    }

    private static boolean signs(String line, String agency) {
        return !agency.isEmpty() && line.length() <= SHORT_LINE && (line.equals(agency) || line.endsWith(agency));
    }

    /** A whole-line date, or null. */
    static LocalDate parseDate(String folded) {
        String s = chineseNumeralsToDigits(folded);
        int[] parts = new int[3];
        int p = 0;
        int value = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 9999) {
                    return null;
                }
            } else {
                char expected = p == 0 ? '年' : p == 1 ? '月' : '日';
                boolean sep = c == expected || (p < 2 && (c == '-' || c == '.' || c == '/'));
                if (!sep || value < 0 || p > 2) {
                    return null;
                }
                parts[p++] = value;
                value = -1;
            }
        }
        if (value >= 0 && p == 2) {
            parts[p++] = value;
        }
        if (p != 3 || parts[0] < 1990 || parts[0] > 2100) {
            return null;
        }
        try {
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "二〇二五年一月二十三日" → "2025年1月23日". */
    static String chineseNumeralsToDigits(String s) {
        String digits = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '零' || c == 'O' && i > 0 && digits.indexOf(s.charAt(i - 1)) >= 0) {
                c = '〇';
            }
            if (digits.indexOf(c) >= 0 || c == '十') {
                int j = i;
                StringBuilder run = new StringBuilder();
                while (j < s.length() && (digits.indexOf(s.charAt(j)) >= 0 || s.charAt(j) == '十' || s.charAt(j) == '零')) {
                    run.append(s.charAt(j) == '零' ? '〇' : s.charAt(j));
                    j++;
                }
                out.append(numeral(run.toString(), digits));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String numeral(String run, String digits) {
        int ten = run.indexOf('十');
        if (ten < 0) {
            StringBuilder b = new StringBuilder();
            for (char c : run.toCharArray()) {
                b.append(digits.indexOf(c));
            }
            return b.toString();
        }
        int tens = ten == 0 ? 1 : digits.indexOf(run.charAt(0));
        int units = ten == run.length() - 1 ? 0 : digits.indexOf(run.charAt(run.length() - 1));
        return Integer.toString(tens * 10 + units);
    }
}
