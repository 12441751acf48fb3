package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.validator.RuleDescription;

/** One check of a report. A rule never changes the report; it only says what it found. */
public interface Rule {
    /** What the rule checks; every finding it returns carries this id, version, kind and severity. */
    RuleDescription description();

    /** The findings for one report; an empty list when the report passes. */
    List<Finding> check(ReportUnderCheck report);
}
