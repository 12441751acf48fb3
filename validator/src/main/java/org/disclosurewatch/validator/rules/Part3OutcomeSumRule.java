package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.validator.RuleDescription;

/** Part 三, every column: （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）= （七）总计. */
public final class Part3OutcomeSumRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("part3.outcome_sum", 1, FindingKind.INCONSISTENT_TOTAL,
            "第三部分每一列：（一）至（六）各项办理结果之和等于（七）总计");

    public Part3OutcomeSumRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<RowSpec> outcomes = form.rows(Section.REQUESTS, RowRole.OUTCOME);
        List<RowSpec> totals = form.rows(Section.REQUESTS, RowRole.OUTCOME_TOTAL);
        if (outcomes.isEmpty() || totals.isEmpty()) {
            return List.of();
        }
        RowSpec totalRow = totals.get(0);
        List<Finding> found = new ArrayList<>();
        for (ColumnSpec c : totalRow.columns()) {
            Map<String, List<Term>> byClass = new LinkedHashMap<>();
            List<Term> parts = new ArrayList<>();
            for (RowSpec row : outcomes) {
                Term t = r.term(Section.REQUESTS, row, c.key(), Labels.row(form, Section.REQUESTS, row));
                parts.add(t);
                byClass.computeIfAbsent(Labels.outcomeClass(row.group()), k -> new ArrayList<>()).add(t);
            }
            Term total = r.term(Section.REQUESTS, totalRow, c.key(), "办理结果总计");
            SumIdentity identity = new SumIdentity(parts, List.of(total));
            if (identity.verdict() == SumIdentity.Verdict.FAILS) {
                String classes = byClass.entrySet().stream()
                        .map(e -> e.getKey() + "(" + new SumIdentity(e.getValue(), List.of()).leftShown() + ")")
                        .collect(Collectors.joining(" + "));
                found.add(findings.finding(total.path(), identity.paths(), identity.rightShown(),
                        identity.leftShown(), "第三部分“" + Labels.column(c) + "”列：" + classes + " ≠ "
                                + total.shown() + identity.blankNote()));
            }
        }
        return found;
    }
}
