package org.disclosurewatch.validator.rules;

import org.disclosurewatch.validator.RuleDescription;

/** A rule with its description and the factory that stamps its findings with the rule's id, version and kind. */
abstract class DescribedRule implements Rule {
    private final RuleDescription description;
    /** Makes findings that carry this rule's description. */
    protected final FindingFactory findings;

    protected DescribedRule(RuleDescription description) {
        this.description = description;
        this.findings = new FindingFactory(description);
    }

    @Override
    public final RuleDescription description() {
        return description;
    }
}
