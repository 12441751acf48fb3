package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.validator.RuleDescription;

/** Builds findings that carry a rule's id, version, kind and severity. */
public final class FindingFactory {
    private final RuleDescription rule;

    public FindingFactory(RuleDescription rule) {
        this.rule = rule;
    }

    public Finding finding(String cell, List<String> cells, String observed, String expected, String message) {
        return Finding.of(rule.id(), rule.version(), rule.kind(), cell, cells, observed, expected, message);
    }

    /** A finding about the filing as a whole, not about a cell. */
    public Finding aboutFiling(String observed, String expected, String message) {
        return finding(null, List.of(), observed, expected, message);
    }
}
