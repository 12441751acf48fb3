package org.disclosurewatch.validator.narrative;

/**
 * Puts narrative text in the shape the statement reader expects: ASCII digits, no layout whitespace
 * between Chinese characters and numbers ("申请 154 件" as a portal page's spans leave it becomes
 * "申请154件"), no thousands separators.
 */
public final class NarrativeText {
    private NarrativeText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            sb.append(c);
        }
        String t = sb.toString();
        // a space is kept only where it separates two ASCII words or numbers
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < t.length() && isSpace(t.charAt(j))) {
                    j++;
                }
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char after = j < t.length() ? t.charAt(j) : ' ';
                if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
                    out.append(' ');
                }
                i = j - 1;
            } else {
                out.append(c);
            }
        }
        // thousands separators: 1,234件 → 1234件
        return out.toString().replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "");
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
