package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.validator.RuleDescription;

/**
 * The report names the body that filed it: neither its title nor the portal listing it (the fetcher's hint)
 * gave a name. Such a report is still stored, under its document, with this finding.
 */
public final class AgencyNamedRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("form.agency", 1,
            FindingKind.MISSING_AGENCY, "标题和发布网站均未指明报告机关");

    public AgencyNamedRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        String agency = r.report().agency();
        if (agency != null && !agency.isBlank()) {
            return List.of();
        }
        return List.of(findings.aboutFiling(null, "报告机关名称", "无法确定报告机关：标题未写明机关名称，发布网站也未提供"));
    }
}
