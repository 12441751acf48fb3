package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.form.DeadlineCalendar;

import java.util.List;
import org.disclosurewatch.validator.rules.Rule;

/** The rules the validator applies, for documentation and for consumers of findings. */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    public static List<RuleDescription> all() {
        return StandardRules.all(DeadlineCalendar.statutory()).stream().map(Rule::description).toList();
    }

    /** The catalogue as a Markdown table: id | version | severity | kind | description. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| id | version | severity | kind | description |\n");
        sb.append("|---|---|---|---|---|\n");
        for (RuleDescription r : all()) {
            sb.append("| `").append(r.id()).append("` | ").append(r.version()).append(" | ")
                    .append(r.severity().id()).append(" | `").append(r.kind().id()).append("` | ")
                    .append(r.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
