package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.events.Severity;

/**
 * What one check is: its stable id, its version (raised whenever what it reports changes), how much its
 * findings matter, the kind of finding it produces and one line saying what it checks.
 *
 * @param id          stable id, e.g. {@code part3.row_sum}
 * @param version     version of the rule
 * @param severity    severity of every finding the rule produces
 * @param kind        kind of finding, e.g. {@code inconsistent_total}
 * @param description one line in plain words
 */
public record RuleDescription(String id, int version, Severity severity, String kind, String description) {
}
