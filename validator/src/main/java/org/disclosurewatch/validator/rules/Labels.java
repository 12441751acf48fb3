package org.disclosurewatch.validator.rules;

import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Short names of rows, columns and outcome classes for messages, derived from the printed labels of the
 * form ("本年新收政府信息公开申请数量" → "本年新收").
 */
public final class Labels {
    private Labels() {
    }

    /** The name of an outcome class by its group ("三（三）" → "不予公开"), or the group itself. */
    public static String outcomeClass(String group) {
        return OutcomeClass.ofGroup(group).map(OutcomeClass::label).orElse(group);
    }

    /** Short row name for messages. */
    public static String row(FormDefinition form, Section section, RowSpec row) {
        if (row.role() == RowRole.OUTCOME_TOTAL) {
            return "办理结果总计";
        }
        if (row.role() == RowRole.OUTCOME) {
            String cls = outcomeClass(row.group());
            boolean alone = form.rows(section).stream().filter(r -> r.group().equals(row.group())).count() == 1;
            return alone ? cls : cls + "/" + row.label();
        }
        if (row.role() == RowRole.REVIEW_GROUP && !row.group().equals(row.label())) {
            return row.group() + "（" + row.label() + "）";
        }
        return row.label().replace("政府信息公开申请数量", "").replace("继续办理", "");
    }

    /** Column name for messages. */
    public static String column(ColumnSpec column) {
        return column.labels().get(0);
    }

    /** "第三部分“本年新收”行“总计”列" */
    public static String cell(FormDefinition form, Section section, RowSpec row, ColumnSpec column) {
        String rowName = row(form, section, row);
        if (row.columns().size() == 1) {
            return "第" + section.part() + "部分“" + rowName + "”";
        }
        return "第" + section.part() + "部分“" + rowName + "”行“" + column(column) + "”列";
    }
}
