package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Reads a part whose rows are named by labels (二 and 三): walks the cells in reading order; a cell that
 * names the next rows of the form starts that row, the value cells after it fill its columns in order.
 * Header cells, group labels ("（三）不予公开"), repeated headers of a table split over pages and merged-cell
 * copies are passed over. A label that is also a column header ("其他", "总计") names a row only when it
 * carries its numbering ("3.其他", "（七）总计").
 */
final class RowTableReader {
    private static final int LOOKAHEAD = 6;

    /** The keys of the column labels of each part of each form. */
    private static final Map<FormPart, Set<String>> COLUMN_LABELS = new ConcurrentHashMap<>();

    private RowTableReader() {
    }

    /** One part of one form. */
    private record FormPart(FormDefinition form, Section section) {
    }

    private static Set<String> columnLabelKeys(List<RowSpec> rows) {
        Set<String> keys = new HashSet<>();
        for (RowSpec r : rows) {
            for (ColumnSpec c : r.columns()) {
                c.labels().forEach(l -> keys.add(Labels.formLabelKey(l)));
            }
        }
        return Set.copyOf(keys);
    }

    static void read(Section section, List<SourceCell> stream, FormReading.Builder out) {
        List<RowSpec> rows = out.form.rows(section);
        Set<String> columnLabels = COLUMN_LABELS.computeIfAbsent(new FormPart(out.form, section),
                p -> columnLabelKeys(rows));
        boolean[] found = new boolean[rows.size()];
        int next = 0;
        RowSpec current = null;
        String currentWhere = null;
        List<CellValue> values = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        String headerUnit = null;
        String rowUnit = null;
        for (SourceCell cell : stream) {
            Optional<CellValue> v = cell.value();
            if (v.isPresent()) {
                if (current != null) {
                    values.add(v.get());
                    wheres.add(cell.where());
                }
                continue;
            }
            int m = match(cell.text(), cell.folded(), rows, next, columnLabels);
            if (m >= 0) {
                if (current != null) {
                    finish(section, current, values, wheres, rowUnit, out);
                }
                current = rows.get(m);
                currentWhere = cell.where();
                found[m] = true;
                next = m + 1;
                values = new ArrayList<>();
                wheres = new ArrayList<>();
                rowUnit = headerUnit;
                continue;
            }
            String unit = CellConverter.unitOfFolded(cell.folded());
            if (cell.folded().startsWith("第二十条")) {
                headerUnit = null;
            } else if (unit != null && cell.text().length() < 40) {
                headerUnit = unit;
            }
            if (current != null && values.size() >= current.columns().size()) {
                finish(section, current, values, wheres, rowUnit, out);
                current = null;
            }
        }
        if (current != null) {
            finish(section, current, values, wheres, rowUnit, out);
        }
        for (int i = 0; i < rows.size(); i++) {
            RowSpec r = rows.get(i);
            if (!found[i]) {
                for (ColumnSpec c : r.columns()) {
                    out.tables.get(section).put(r.key(), c.key(), null);
                }
                out.diagnostics.add("part " + section.part() + ": row \"" + r.label() + "\" not found");
            } else {
                out.matchedRows++;
            }
        }
        if (currentWhere == null && !stream.isEmpty()) {
            out.diagnostics.add("part " + section.part() + ": a table was found but none of its rows");
        }
    }

    private static void finish(Section section, RowSpec row, List<CellValue> values, List<String> wheres,
                               String headerUnit, FormReading.Builder out) {
        Cells cells = out.tables.get(section);
        List<ColumnSpec> cols = row.columns();
        for (int i = 0; i < cols.size(); i++) {
            ColumnSpec col = cols.get(i);
            String path = CellPath.of(section, row.key(), col.key()).toString();
            if (i >= values.size()) {
                cells.put(row.key(), col.key(), null);
                out.diagnostics.add(path + ": no cell for column \"" + col.labels().get(0) + "\"");
                continue;
            }
            String[] problem = new String[1];
            BigDecimal value = CellConverter.convert(values.get(i), col, headerUnit, problem);
            cells.put(row.key(), col.key(), value);
            out.provenance.put(path, wheres.get(i));
            if (problem[0] != null) {
                out.diagnostics.add(path + ": " + problem[0] + " at " + wheres.get(i));
            }
            if (values.get(i).note() != null) {
                out.diagnostics.add(path + ": the cell's note \"" + values.get(i).note() + "\" kept beside the number at "
                        + wheres.get(i));
            }
        }
        for (int i = cols.size(); i < values.size(); i++) {
            if (!values.get(i).blank()) {
                out.diagnostics.add("part " + section.part() + " row \"" + row.label() + "\": extra value "
                        + values.get(i).number().toPlainString() + " at " + wheres.get(i) + " ignored");
            }
        }
    }

    /**
     * The index of the row this label ({@code text}, folded by {@link Labels#fold}) names, searching the
     * next rows of the form; -1 when none.
     */
    static int match(String text, String folded, List<RowSpec> rows, int next, Set<String> columnLabels) {
        if (text.length() > 200) {
            return -1;
        }
        String key = Labels.stripNumbering(folded);
        if (key.isEmpty()) {
            return -1;
        }
        boolean numbered = !key.equals(folded);
        int end = Math.min(rows.size(), next + LOOKAHEAD);
        for (int i = next; i < end; i++) {
            for (String label : rows.get(i).labels()) {
                String lk = Labels.formLabelKey(label);
                boolean same = key.equals(lk) || (key.startsWith(lk) && key.length() > lk.length()
                        && key.charAt(lk.length()) == '(');
                if (same && (numbered || !columnLabels.contains(lk))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
