package org.disclosurewatch.fetcher.adapter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses the filing body from a report title ("重庆市綦江区应急管理局2024年政府信息公开工作年度报告"). */
public final class AgencyHint {
    private static final Pattern BEFORE_YEAR = Pattern.compile("^\\s*(\\S+?)\\s*[（(]?(?:19|20)\\d{2}\\s*年");

    private AgencyHint() {
    }

    /** The text before the report year, when it names a body (ends in a typical suffix); otherwise null. */
    public static String fromTitle(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = BEFORE_YEAR.matcher(title);
        if (!m.find()) {
            return null;
        }
        String candidate = m.group(1).replaceAll("[《“\"]", "");
        return candidate.matches(".*(局|委|办|院|府|会|中心|所|站|馆|部|处|队|镇|街道|乡|公司|委员会|办公室)$") ? candidate : null;
    }
}
