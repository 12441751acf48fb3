package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.form.DeadlineCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.validator.rules.ReportUnderCheck;
import org.disclosurewatch.validator.rules.Rule;

/**
 * Checks one annual report the way a transparency office does: the identities of its form, the values of
 * its cells, its narrative against its tables, its parts, its form version, its dates and its deadline
 * ({@link RuleCatalogue} lists the rules). The report is never changed.
 */
public final class ReportValidator {
    private final List<Rule> rules;

    /** A validator with the statutory deadlines. */
    public ReportValidator() {
        this(DeadlineCalendar.statutory());
    }

    public ReportValidator(DeadlineCalendar deadlines) {
        this.rules = StandardRules.all(Objects.requireNonNull(deadlines));
    }

    /**
     * Every finding about {@code report}, errors of the tables first.
     *
     * @param report      the report as read from its document
     * @param publishedOn when the portal published it; null when unknown (then timeliness is not checked)
     */
    public List<Finding> validate(AnnualReport report, LocalDate publishedOn) {
        return validate(report, publishedOn, null, null);
    }

    /**
     * Every finding about {@code report}, with the evidence of its publication date, which a late-filing
     * finding quotes so a clerk can check the date it rests on.
     *
     * @param publishedOnSource   where the fetcher read the date ({@code listing}, {@code page:<label>},
     *                            {@code meta:<name>}, {@code url}), or null
     * @param publishedOnConflict the portal's other dates that disagree (e.g. {@code url 2025-03-10}), or null
     */
    public List<Finding> validate(AnnualReport report, LocalDate publishedOn, String publishedOnSource,
                                  String publishedOnConflict) {
        Objects.requireNonNull(report, "report");
        ReportUnderCheck underCheck = new ReportUnderCheck(report, publishedOn, publishedOnSource, publishedOnConflict);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(underCheck));
        }
        return List.copyOf(findings);
    }
}
