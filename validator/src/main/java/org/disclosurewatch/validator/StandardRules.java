package org.disclosurewatch.validator;

import java.util.List;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.validator.narrative.NarrativeTableRule;
import org.disclosurewatch.validator.rules.AgencyNamedRule;
import org.disclosurewatch.validator.rules.BlankCellRule;
import org.disclosurewatch.validator.rules.CellValueRule;
import org.disclosurewatch.validator.rules.LateFilingRule;
import org.disclosurewatch.validator.rules.MissingPartRule;
import org.disclosurewatch.validator.rules.OutdatedFormatRule;
import org.disclosurewatch.validator.rules.Part3BalanceRule;
import org.disclosurewatch.validator.rules.Part3OutcomeSumRule;
import org.disclosurewatch.validator.rules.Part3RowSumRule;
import org.disclosurewatch.validator.rules.Part4GroupSumRule;
import org.disclosurewatch.validator.rules.Rule;
import org.disclosurewatch.validator.rules.SignedBeforeYearEndRule;
import org.disclosurewatch.validator.rules.SigningDateMissingRule;
import org.disclosurewatch.validator.rules.TitleYearRule;

/**
 * The rules a transparency office applies to every report, in the order their findings are listed: the table
 * and form rules ({@code rules}) and the narrative rules ({@code narrative}, which builds on {@code rules}).
 * Assembled here so that {@code rules} does not depend on {@code narrative}.
 */
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
