package org.disclosurewatch.contracts.form;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The deadlines of annual reports, under {@code dw.deadlines}: the one key set every service that judges
 * timeliness reads (the validator's late-filing rule, the store's missing and late filings). Dates are written
 * {@code MM-DD} and fall in the year after the report year. The defaults are the statutory dates
 * ({@link DeadlineCalendar}); {@link DeadlineCalendar#of(DeadlineConfig)} builds the calendar.
 */
@ConfigMapping(prefix = "dw.deadlines")
public interface DeadlineConfig {
    /** Departments of a county-level-or-above government (条例 第四十九条): 31 January. */
    @WithDefault(DeadlineCalendar.DEPARTMENT)
    String department();

    /** County-level-or-above governments: 31 March. */
    @WithDefault(DeadlineCalendar.GOVERNMENT)
    String government();

    /** Townships and sub-districts where no region setting applies: 31 January. */
    @WithDefault(DeadlineCalendar.TOWNSHIP)
    String township();

    /**
     * Township deadlines set by local notice, by region name or name prefix; the longest matching name wins,
     * e.g. {@code dw.deadlines.township-by-region."重庆市綦江区"=01-20}. None by default.
     */
    Map<String, String> townshipByRegion();

    /** Last report year under the 2008 条例: 2018. */
    @WithDefault("" + DeadlineCalendar.LAST_YEAR_OF_OLD_RULES)
    int lastYearOfOldRules();

    /** Deadline of everyone for reports under the 2008 条例: 31 March. */
    @WithDefault(DeadlineCalendar.OLD_RULES)
    String oldRules();
}
