package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.validator.RuleDescription;

/** A report for 2021 or later uses the 2021 form (国办公开办函〔2021〕30号), not the 2019 one. */
public final class OutdatedFormatRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("form.outdated", 1, FindingKind.FORMAT_OUTDATED,
            "2021年及以后的年度报告仍使用2019年版格式");

    public OutdatedFormatRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        AnnualReport report = r.report();
        if (report.year() == null || report.format() != ReportFormat.F2019
                || ReportFormat.expectedFor(report.year()) != ReportFormat.F2021) {
            return List.of();
        }
        ReportFormat expected = ReportFormat.expectedFor(report.year());
        return List.of(findings.aboutFiling(report.format().id(), expected.id(),
                report.year() + "年度报告使用了" + report.format().id() + "年版格式，应使用" + expected.id()
                        + "年版格式（国办公开办函〔2021〕30号）"));
    }
}
