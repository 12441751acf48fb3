package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.validator.RuleDescription;

/** Part 三, every row: the six applicant columns add up to 总计. */
public final class Part3RowSumRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("part3.row_sum", 1, FindingKind.INCONSISTENT_TOTAL,
            "第三部分每一行：六类申请人之和等于“总计”列");

    public Part3RowSumRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<Finding> out = new ArrayList<>();
        for (RowSpec row : form.rows(Section.REQUESTS)) {
            List<Term> parts = new ArrayList<>();
            for (ColumnSpec c : form.applicantColumns()) {
                parts.add(r.term(Section.REQUESTS, row, c.key(), Labels.column(c)));
            }
            Term total = r.term(Section.REQUESTS, row, Forms.TOTAL, "总计");
            SumIdentity identity = new SumIdentity(parts, List.of(total));
            if (identity.verdict() == SumIdentity.Verdict.FAILS) {
                out.add(findings.finding(total.path(), identity.paths(), identity.rightShown(),
                        identity.leftShown(), "第三部分“" + Labels.row(form, Section.REQUESTS, row) + "”行："
                                + identity.inequation()));
            }
        }
        return out;
    }
}
