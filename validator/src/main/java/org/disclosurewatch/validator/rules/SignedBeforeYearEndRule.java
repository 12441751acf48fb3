package org.disclosurewatch.validator.rules;

import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.validator.RuleDescription;

/**
 * The report cannot be signed before its statistics year has ended: a signing date on or before 31
 * December of the report year means the figures cannot cover the whole year (or the date is wrong).
 */
public final class SignedBeforeYearEndRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("date.signed_before_year_end", 1, FindingKind.SIGNED_BEFORE_YEAR_END,
            "落款日期在统计年度结束之前（当年12月31日或更早）");

    public SignedBeforeYearEndRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        LocalDate signed = r.report().signedOn();
        Integer year = r.report().year();
        if (signed == null || year == null || signed.getYear() > year) {
            return List.of();
        }
        LocalDate firstPossible = LocalDate.of(year + 1, 1, 1);
        return List.of(findings.aboutFiling(signed.toString(), "不早于" + firstPossible,
                "落款日期" + signed + "早于" + year + "年度统计期结束，应不早于" + firstPossible));
    }
}
