package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.validator.RuleDescription;

/** Part 三, every column: 一 本年新收 + 二 上年结转 = 三（七）总计 + 四 结转下年度. */
public final class Part3BalanceRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("part3.balance", 1, FindingKind.INCONSISTENT_TOTAL,
            "第三部分每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理");

    public Part3BalanceRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<RowSpec> intake = form.rows(Section.REQUESTS, RowRole.INTAKE);
        List<RowSpec> out = new ArrayList<>(form.rows(Section.REQUESTS, RowRole.OUTCOME_TOTAL));
        out.addAll(form.rows(Section.REQUESTS, RowRole.CARRIED_FORWARD));
        if (intake.isEmpty() || out.isEmpty()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (ColumnSpec c : intake.get(0).columns()) {
            List<Term> left = terms(r, form, intake, c);
            List<Term> right = terms(r, form, out, c);
            SumIdentity identity = new SumIdentity(left, right);
            if (identity.verdict() == SumIdentity.Verdict.FAILS) {
                found.add(findings.finding(right.get(0).path(), identity.paths(), identity.rightShown(),
                        identity.leftShown(), "第三部分“" + Labels.column(c) + "”列：" + identity.inequation()));
            }
        }
        return found;
    }

    private static List<Term> terms(ReportUnderCheck r, FormDefinition form, List<RowSpec> rows, ColumnSpec c) {
        List<Term> terms = new ArrayList<>();
        for (RowSpec row : rows) {
            terms.add(r.term(Section.REQUESTS, row, c.key(), Labels.row(form, Section.REQUESTS, row)));
        }
        return terms;
    }
}
