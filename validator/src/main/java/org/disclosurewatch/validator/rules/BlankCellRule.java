package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.validator.RuleDescription;

/**
 * A cell the filing printed but left blank ("", "/", "-"): one finding per blank cell. A blank is not a
 * zero; the identity rules treat it as unknown. Cells the document did not have at all are not reported
 * here (a table that is missing altogether is reported by {@link MissingPartRule}).
 */
public final class BlankCellRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("cell.blank", 1, FindingKind.EMPTY_CELL,
            "表格单元格留空（空白不等于0，应填写数字）");

    public BlankCellRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        FormDefinition form = r.form();
        List<Finding> out = new ArrayList<>();
        for (FormCells.FormCell cell : FormCells.of(form)) {
            CellPath path = cell.path();
            if (r.report().hasCell(path) && r.report().cell(path) == null) {
                out.add(findings.finding(path.toString(), List.of(path.toString()), "空白", "数字",
                        Labels.cell(form, cell.section(), cell.row(), cell.column()) + "为空白，未填写数字"));
            }
        }
        return out;
    }
}
