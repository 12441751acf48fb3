package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.events.Severity;

/**
 * What one check is: its stable id, its version (raised whenever what it reports changes), the kind of
 * finding it produces (which fixes how much its findings matter and how they are published) and one line
 * saying what it checks.
 *
 * @param id          stable id, e.g. {@code part3.row_sum}
 * @param version     version of the rule
 * @param kind        kind of finding, from the contracts' vocabulary
 * @param description one line in plain words
 */
public record RuleDescription(String id, int version, FindingKind kind, String description) {
    /** The severity of every finding the rule produces: its kind's. */
    public Severity severity() {
        return kind.defaultSeverity();
    }
}
