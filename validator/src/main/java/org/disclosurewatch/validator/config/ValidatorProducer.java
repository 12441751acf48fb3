package org.disclosurewatch.validator.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.validator.ReportValidator;

/** Builds the deadline calendar and the validator from {@link ValidatorConfig} (one of each, unproxied). */
@ApplicationScoped
public class ValidatorProducer {

    @Produces
    @Singleton
    DeadlineCalendar deadlineCalendar(ValidatorConfig config) {
        return calendar(config);
    }

    @Produces
    @Singleton
    ReportValidator reportValidator(DeadlineCalendar deadlines) {
        return new ReportValidator(deadlines);
    }

    /** The calendar the settings describe; throws with the offending setting when a date is malformed. */
    public static DeadlineCalendar calendar(ValidatorConfig config) {
        Map<String, MonthDay> townships = new LinkedHashMap<>();
        config.townshipDeadlines().forEach((region, day) ->
                townships.put(region, parse("dw.validator.township-deadlines.\"" + region + "\"", day)));
        return new DeadlineCalendar(
                parse("dw.validator.department-deadline", config.departmentDeadline()),
                parse("dw.validator.government-deadline", config.governmentDeadline()),
                parse("dw.validator.township-default-deadline", config.townshipDefaultDeadline()),
                townships,
                config.lastYearOfOldRules(),
                parse("dw.validator.old-rules-deadline", config.oldRulesDeadline()));
    }

    private static MonthDay parse(String setting, String value) {
        try {
            return DeadlineCalendar.monthDay(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }
}
