package org.disclosurewatch.validator.narrative;

/** Reads small counts written in Chinese numerals ("三", "十二", "二十三", "一百零五", "两"). */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or null when the text is not a well-formed numeral below ten thousand. */
    public static Long parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = text.replace('两', '二').replace('〇', '零');
        long total = 0;
        long digit = 0;
        boolean digitSeen = false;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digitSeen && digit != 0 && d != 0) {
                    return null; // "二三" is not a count
                }
                digit = d;
                digitSeen = true;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0 || unit >= lastUnit) {
                return null;
            }
            if (!digitSeen || digit == 0) {
                if (unit != 10 || i != 0) {
                    return null;
                }
                digit = 1; // "十二"
            }
            total += digit * unit;
            lastUnit = unit;
            digit = 0;
            digitSeen = false;
        }
        return total + digit;
    }
}
