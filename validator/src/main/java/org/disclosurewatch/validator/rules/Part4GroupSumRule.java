package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.validator.RuleDescription;

/** Part 四, each group (行政复议, 直接起诉, 复议后起诉): 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
public final class Part4GroupSumRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("part4.group_sum", 1, FindingKind.INCONSISTENT_TOTAL,
            "第四部分每一组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计");

    public Part4GroupSumRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<Finding> found = new ArrayList<>();
        for (RowSpec row : form.rows(Section.REVIEWS_AND_LITIGATION, RowRole.REVIEW_GROUP)) {
            List<Term> parts = new ArrayList<>();
            for (ColumnSpec c : row.columns()) {
                if (!c.key().equals(Forms.TOTAL)) {
                    parts.add(r.term(Section.REVIEWS_AND_LITIGATION, row, c.key(), Labels.column(c)));
                }
            }
            Term total = r.term(Section.REVIEWS_AND_LITIGATION, row, Forms.TOTAL, "总计");
            SumIdentity identity = new SumIdentity(parts, List.of(total));
            if (identity.verdict() == SumIdentity.Verdict.FAILS) {
                found.add(findings.finding(total.path(), identity.paths(), identity.rightShown(),
                        identity.leftShown(), "第四部分“" + Labels.row(form, Section.REVIEWS_AND_LITIGATION, row)
                                + "”：" + identity.inequation()));
            }
        }
        return found;
    }
}
