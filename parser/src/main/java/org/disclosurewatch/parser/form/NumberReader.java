package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the number in a table cell: full-width digits, thousands separators, units inside the cell
 * ("251000元", "604.96万元", "12件"), blanks ("", "/", "-", "—", "无") as no value, and a note in words in
 * parentheses after the number ("18（其中修订6件）": 18, the note kept). Linear in the cell length.
 */
public final class NumberReader {
    private static final int MAX_NUMBER_CELL = 40;
    private static final String[] UNITS = {"万元", "元", "件", "个", "条", "项", "次", "起", "人次", "宗"};

    private NumberReader() {
    }

    /** The value of a cell, or empty when the cell is not a number or blank (a label, a sentence). */
    public static Optional<CellValue> read(String cellText) {
        if (cellText == null) {
            return Optional.of(CellValue.BLANK);
        }
        if (cellText.length() > MAX_NUMBER_CELL * 4) {
            return Optional.empty();
        }
        return read(cellText, Labels.fold(cellText));
    }

    /** {@link #read(String)} for a cell whose folded text ({@link Labels#fold}) is already known. */
    static Optional<CellValue> read(String cellText, String folded) {
        if (cellText == null) {
            return Optional.of(CellValue.BLANK);
        }
        if (cellText.length() > MAX_NUMBER_CELL * 4) {
            return Optional.empty();
        }
        String s = folded;
        if (s.isEmpty() || isDashes(s) || s.equals("/") || s.equals("无") || s.equals("\\")) {
            return Optional.of(CellValue.BLANK);
        }
        String note = null;
        int open = s.indexOf('(');
        if (open > 0 && s.endsWith(")") && s.indexOf('(', open + 1) < 0 && hasHan(s, open + 1, s.length() - 1)) {
            note = s.substring(open + 1, s.length() - 1);
            s = s.substring(0, open);
        }
        if (s.length() > MAX_NUMBER_CELL) {
            return Optional.empty();
        }
        String unit = null;
        for (String u : UNITS) {
            if (s.endsWith(u) && s.length() > u.length()) {
                unit = u;
                s = s.substring(0, s.length() - u.length());
                break;
            }
        }
        BigDecimal n = parseDecimal(s);
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(new CellValue(n, unit, false, note));
    }

    private static boolean hasHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '—' && c != '–' && c != '―' && c != '─' && c != '−' && c != '~') {
                return false;
            }
        }
        return true;
    }

    /** A plain decimal with optional sign and thousands separators, or null. */
    static BigDecimal parseDecimal(String raw) {
        String s = Labels.nfkc(raw);
        StringBuilder b = new StringBuilder(s.length());
        int digits = 0;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                digits++;
            } else if ((c == '-' || c == '−' || c == '+') && i == 0) {
                if (c != '+') {
                    b.append('-');
                }
            } else if (c == '.' && !dot && digits > 0) {
                dot = true;
                b.append('.');
            } else if (c == ',' && digits > 0 && !dot && isThousandsGroup(s, i)) {
                continue;
            } else {
                return null;
            }
        }
        if (digits == 0 || b.charAt(b.length() - 1) == '.') {
            return null;
        }
        return new BigDecimal(b.toString());
    }

    private static boolean isThousandsGroup(String s, int comma) {
        int n = 0;
        for (int i = comma + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n++;
        }
        return n == 3;
    }
}
