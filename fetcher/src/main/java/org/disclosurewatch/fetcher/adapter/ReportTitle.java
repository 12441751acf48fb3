package org.disclosurewatch.fetcher.adapter;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a report by its title: it names an annual report and a statistics year, and is nothing else. */
public final class ReportTitle {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_BARE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern HAN_YEAR = Pattern.compile("([二][〇○零Ｏ][一二三四五六七八九〇○零Ｏ]{2})\\s*年");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private ReportTitle() {
    }

    /** The statistics year of a report title, or empty when the title is not one of a report. */
    public static OptionalInt year(String title, AdapterRules rules) {
        if (title == null || title.isBlank()) {
            return OptionalInt.empty();
        }
        String t = title.strip();
        if (!rules.titlePattern().matcher(t).find() || rules.notReports().matcher(t).find()) {
            return OptionalInt.empty();
        }
        return statisticsYear(t);
    }

    /** The first year a title names (2024年, 二〇二四年, or a bare 2024). */
    public static OptionalInt statisticsYear(String title) {
        Matcher m = YEAR.matcher(title);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = HAN_YEAR.matcher(title);
        if (m.find()) {
            int y = 0;
            for (char c : m.group(1).toCharArray()) {
                int d = HAN_DIGITS.indexOf(c == '○' || c == '零' || c == 'Ｏ' ? '〇' : c);
                y = y * 10 + Math.max(d, 0);
            }
            return OptionalInt.of(y);
        }
        m = YEAR_BARE.matcher(title);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
