package org.disclosurewatch.parser.form;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tolerant label comparison: full-width and half-width forms are the same, spaces and line breaks inside
 * words do not count, quotes and numbering ("一、", "（三）", "1.", "3、") are not part of a label.
 */
public final class Labels {
    /** Keys of the form's own label texts (a fixed, small set), folded once. */
    private static final Map<String, String> FORM_LABEL_KEYS = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** {@link #key} of a label text of the form, computed once per label. Not for document text. */
    public static String formLabelKey(String formLabel) {
        return FORM_LABEL_KEYS.computeIfAbsent(formLabel, Labels::key);
    }

    /**
     * NFKC normalisation, skipping the normaliser for text it would leave unchanged: ASCII, CJK unified
     * ideographs and the common CJK punctuation and quotes, none of which decompose or compose.
     */
    static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isNfkcStable(s.charAt(i))) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    private static boolean isNfkcStable(char c) {
        return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || c == '、' || c == '。' || c == '“' || c == '”'
                || c == '‘' || c == '’';
    }

    /** Folds width, drops all white space (incl. non-breaking and ideographic) and quote marks. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = nfkc(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            switch (c) {
                case '“', '”', '"', '‘', '’', '\'', '「', '」' -> {
                }
                case '〔', '［', '[' -> b.append('(');
                case '〕', '］', ']' -> b.append(')');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The folded label without its leading numbering. */
    public static String key(String s) {
        return stripNumbering(fold(s));
    }

    /** Whether the folded text starts with numbering such as "一、", "(三)", "1.", "3、". */
    public static boolean hasNumbering(String s) {
        String f = fold(s);
        return !stripNumbering(f).equals(f);
    }

    /** Removes leading numbering from folded text (repeatedly: "三、(一)予以公开" → "予以公开"). */
    public static String stripNumbering(String f) {
        String cur = f;
        for (int guard = 0; guard < 4; guard++) {
            String next = stripOnce(cur);
            if (next.equals(cur)) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }

    private static String stripOnce(String f) {
        if (f.isEmpty()) {
            return f;
        }
        int i = 0;
        if (f.charAt(0) == '(') {
            int close = f.indexOf(')');
            if (close > 1 && close <= 4 && isNumeral(f, 1, close)) {
                return f.substring(close + 1);
            }
            return f;
        }
        while (i < f.length() && i < 4 && isNumeralChar(f.charAt(i))) {
            i++;
        }
        if (i > 0 && i < f.length()) {
            char sep = f.charAt(i);
            if (sep == '、' || sep == '.' || sep == ',' || sep == '．' || sep == '，' || sep == ':') {
                return f.substring(i + 1);
            }
        }
        return f;
    }

    private static boolean isNumeral(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isNumeralChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
