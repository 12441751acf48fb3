package org.disclosurewatch.fetcher.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as portals write them: 2025-03-07, 2025/3/7, 2025.03.07, 2025年3月7日, each optionally with a time. */
public final class DateText {
    /** A date; groups 1–3 are year, month, day. */
    public static final String DATE = "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?";
    private static final Pattern ANY = Pattern.compile(DATE);

    private DateText() {
    }

    /** The first date in a text. */
    public static Optional<LocalDate> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The first date written after each label ({@code 发布时间：2025-03-07 10:00}). A label counts only where it
     * is not the tail of a longer word ({@code 日期} is not read inside {@code 成文日期}); the colon is optional.
     */
    public static List<DateCandidate> labelled(String text, List<String> labels, DateKind kind) {
        List<DateCandidate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String label : labels) {
            Pattern p = Pattern.compile("(?<!\\p{IsHan})" + Pattern.quote(label) + "\\s*[:：]?\\s*[【\\[（(]?\\s*" + DATE);
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = of(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    out.add(new DateCandidate(d, kind, label));
                    break;
                }
            }
        }
        return out;
    }

    /** A date from numeric parts, or null when they name no date. */
    public static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
