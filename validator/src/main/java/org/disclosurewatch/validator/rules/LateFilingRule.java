package org.disclosurewatch.validator.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.validator.RuleDescription;

/**
 * The portal published the report by the deadline for the body's level ({@link DeadlineCalendar}). Not
 * checked when the publication date, the year or the level is unknown.
 */
public final class LateFilingRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("date.deadline", 1, FindingKind.LATE_FILING,
            "报告公开日期晚于规定期限（部门1月31日、政府3月31日、乡镇街道按地区规定）");
    private final DeadlineCalendar calendar;

    public LateFilingRule(DeadlineCalendar calendar) {
        super(DESCRIPTION);
        this.calendar = calendar;
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        AnnualReport report = r.report();
        LocalDate published = r.publishedOn();
        if (published == null || report.year() == null || report.agencyLevel() == null) {
            return List.of();
        }
        Optional<LocalDate> deadline = calendar.deadline(report.agencyLevel(), report.region(), report.year());
        if (deadline.isEmpty() || !published.isAfter(deadline.get())) {
            return List.of();
        }
        long days = deadline.get().until(published, java.time.temporal.ChronoUnit.DAYS);
        return List.of(findings.aboutFiling(published.toString(), "不晚于" + deadline.get(),
                report.year() + "年度报告于" + published + "公开，晚于规定期限" + deadline.get() + "（逾期" + days
                        + "天）" + PublicationEvidence.describe(r.publishedOnSource(), r.publishedOnConflict())));
    }
}
