package org.disclosurewatch.validator.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.validator.RuleDescription;

/**
 * Every filled cell holds what its column allows: counts are non-negative integers, 本年增/减 is an
 * integer that may be negative, money is a non-negative amount.
 */
public final class CellValueRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("cell.value", 1, FindingKind.INVALID_VALUE,
            "单元格数值不合规：件数须为非负整数，增减数须为整数，金额须为非负数");

    public CellValueRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<Finding> out = new ArrayList<>();
        for (FormCells.FormCell cell : FormCells.of(form)) {
            CellPath path = cell.path();
            BigDecimal v = r.report().cell(path);
            if (v == null) {
                continue;
            }
            String expected = problem(cell.column().kind(), v);
            if (expected != null) {
                out.add(findings.finding(path.toString(), List.of(path.toString()), Numbers.plain(v), expected,
                        Labels.cell(form, cell.section(), cell.row(), cell.column()) + "填写为" + Numbers.plain(v)
                                + "，应为" + expected));
            }
        }
        return out;
    }

    /** What the cell should hold, or null when its value is allowed. */
    static String problem(CellKind kind, BigDecimal v) {
        boolean integer = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        return switch (kind) {
            case COUNT -> integer && v.signum() >= 0 ? null : "非负整数";
            case SIGNED_COUNT -> integer ? null : "整数";
            case MONEY_YUAN -> v.signum() >= 0 ? null : "非负金额";
        };
    }
}
