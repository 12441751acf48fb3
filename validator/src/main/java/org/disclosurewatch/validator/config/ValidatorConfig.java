package org.disclosurewatch.validator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Settings of the checks, under {@code dw.validator}. Deadlines are written MM-DD and fall in the year after
 * the report year.
 */
@ConfigMapping(prefix = "dw.validator")
public interface ValidatorConfig {

    /** Deadline of departments of county-level-or-above governments (条例 第四十九条): 31 January. */
    @WithDefault("01-31")
    String departmentDeadline();

    /** Deadline of county-level-or-above governments (条例 第四十九条): 31 March. */
    @WithDefault("03-31")
    String governmentDeadline();

    /** Deadline of townships and sub-districts where no region setting applies: 31 January. */
    @WithDefault("01-31")
    String townshipDefaultDeadline();

    /**
     * Township deadlines set by local notice, by region name or name prefix; the longest matching name wins,
     * e.g. {@code dw.validator.township-deadlines."重庆市綦江区"=01-31}. None by default.
     */
    Map<String, String> townshipDeadlines();

    /** Last report year under the 2008 条例, when everyone was due on {@link #oldRulesDeadline()}: 2018. */
    @WithDefault("2018")
    int lastYearOfOldRules();

    /** Deadline of everyone for reports under the 2008 条例: 31 March. */
    @WithDefault("03-31")
    String oldRulesDeadline();
}
