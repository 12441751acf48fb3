package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.validator.RuleDescription;

/** The report carries a date under the signature. */
public final class SigningDateMissingRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("date.signing_missing", 1, FindingKind.MISSING_SIGNING_DATE,
            "报告末尾没有落款日期");

    public SigningDateMissingRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        if (r.report().signedOn() != null) {
            return List.of();
        }
        return List.of(findings.aboutFiling("无", "落款日期", "报告末尾没有落款日期"));
    }
}
