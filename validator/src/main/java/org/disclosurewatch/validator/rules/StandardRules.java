package org.disclosurewatch.validator.rules;

import java.util.List;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.validator.narrative.NarrativeTableRule;

/** The rules a transparency office applies to every report, in the order their findings are listed. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<Rule> all(DeadlineCalendar deadlines) {
        return List.of(
                new Part3RowSumRule(),
                new Part3BalanceRule(),
                new Part3OutcomeSumRule(),
                new Part4GroupSumRule(),
                new CellValueRule(),
                new BlankCellRule(),
                NarrativeTableRule.requests(),
                NarrativeTableRule.appeals(),
                NarrativeTableRule.documents(),
                new AgencyNamedRule(),
                new MissingPartRule(),
                new OutdatedFormatRule(),
                new TitleYearRule(),
                new SigningDateMissingRule(),
                new SignedBeforeYearEndRule(),
                new LateFilingRule(deadlines));
    }
}
