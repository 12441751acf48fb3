package org.disclosurewatch.parser.extract.ocr;

import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurewatch.parser.document.OcrReading;

/**
 * Decides what an OCR'd cell may say. A wrong number is worse than no number: a cell that looks like a
 * number but is not cleanly one, or was read below {@link #FLOOR}, is left blank and its doubt recorded; the
 * usual digit confusions (O for 0, l or I for 1 …) are mapped only when the rest of the cell is digits, and
 * the cell is then in doubt too. Numbers are never repaired from the form's sums.
 */
public final class OcrNumbers {
    /** Below this confidence a cell is reported as read with low confidence. */
    public static final double LOW_CONFIDENCE = 80;
    /** Below this confidence a number is not trusted at all: the cell is left blank. */
    public static final double FLOOR = 50;

    private static final Map<Character, Character> CONFUSIONS = Map.ofEntries(
            Map.entry('O', '0'), Map.entry('o', '0'), Map.entry('〇', '0'), Map.entry('D', '0'), Map.entry('Q', '0'),
            Map.entry('l', '1'), Map.entry('I', '1'), Map.entry('|', '1'), Map.entry('丨', '1'), Map.entry('i', '1'),
            Map.entry('!', '1'), Map.entry('Z', '2'), Map.entry('z', '2'), Map.entry('S', '5'), Map.entry('s', '5'),
            Map.entry('B', '8'), Map.entry('g', '9'));
    private static final Pattern NUMBER = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern BLANK_MARK = Pattern.compile("[/／\\\\\\-－—–―一_~～]+");

    private OcrNumbers() {
    }

    /** A cell's text as it may be given to the form reader, and how it was read. */
    public record Accepted(String text, OcrReading reading) {
        public boolean doubtful() {
            return reading.doubt() != null;
        }
    }

    /**
     * What a cell read as {@code printed} with the lowest word confidence {@code confidence} may say. Cells
     * with Chinese text (labels, numbers with units) are kept as read, only flagged when their confidence is
     * low.
     */
    public static Accepted accept(String printed, double confidence) {
        return accept(printed, confidence, false);
    }

    /**
     * {@link #accept(String, double)} for a cell that has {@code ink}: when nothing was recognised in it, it is
     * left blank and in doubt (a printed number may have been missed).
     */
    public static Accepted accept(String printed, double confidence, boolean ink) {
        if (ink && printed.isBlank()) {
            return blank(printed, confidence, "something is printed but nothing was recognised");
        }
        String compact = printed.strip();
        if (!hasCjk(compact)) {
            // digits apart are not one number: "1 2" may be 12 or two cells' numbers run together
            compact = compact.replaceAll("[\\s\\u00a0\\u3000]+", " ");
        }
        if (compact.isEmpty()) {
            return new Accepted("", new OcrReading(confidence, printed, null));
        }
        if (hasCjk(compact) && !BLANK_MARK.matcher(compact).matches()) {
            String doubt = confidence < LOW_CONFIDENCE ? low(confidence) : null;
            return new Accepted(printed, new OcrReading(confidence, printed, doubt));
        }
        if (BLANK_MARK.matcher(compact).matches()) {
            // a dash for "none", or a digit misread as one: only a confident dash is taken for a dash
            return new Accepted(compact, new OcrReading(confidence, printed,
                    confidence < LOW_CONFIDENCE ? low(confidence) + " of a blank mark" : null));
        }
        if (NUMBER.matcher(compact).matches()) {
            if (confidence < FLOOR) {
                return blank(printed, confidence, "read below the confidence floor (" + Math.round(confidence) + "%)");
            }
            return new Accepted(compact, new OcrReading(confidence, printed,
                    confidence < LOW_CONFIDENCE ? low(confidence) : null));
        }
        String mapped = mapConfusions(compact);
        if (mapped != null && NUMBER.matcher(mapped).matches()) {
            if (confidence < FLOOR) {
                return blank(printed, confidence, "read below the confidence floor (" + Math.round(confidence) + "%)");
            }
            return new Accepted(mapped, new OcrReading(confidence, printed,
                    "letters taken for digits (\"" + compact + "\" read as " + mapped + ")"));
        }
        return blank(printed, confidence, "not cleanly a number (\"" + compact + "\")");
    }

    private static Accepted blank(String printed, double confidence, String why) {
        return new Accepted("", new OcrReading(confidence, printed, why + ", left blank"));
    }

    private static String low(double confidence) {
        return "low OCR confidence (" + Math.round(confidence) + "%)";
    }

    /** The text with confusable letters turned into digits, or null when something else is in it. */
    static String mapConfusions(String compact) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-') {
                b.append(c);
            } else if (CONFUSIONS.containsKey(c)) {
                b.append(CONFUSIONS.get(c));
            } else if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else {
                return null;
            }
        }
        return b.toString();
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
