package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/** Every cell of a form with its row and column, in printed order. */
public final class FormCells {
    /** One cell of the form. */
    public record FormCell(Section section, RowSpec row, ColumnSpec column) {
        public CellPath path() {
            return CellPath.of(section, row.key(), column.key());
        }
    }

    private FormCells() {
    }

    public static List<FormCell> of(FormDefinition form) {
        List<FormCell> cells = new ArrayList<>();
        for (Section s : Section.values()) {
            for (RowSpec row : form.rows(s)) {
                for (ColumnSpec c : row.columns()) {
                    cells.add(new FormCell(s, row, c));
                }
            }
        }
        return cells;
    }
}
