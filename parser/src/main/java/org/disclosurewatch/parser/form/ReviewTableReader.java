package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Reads part 四. As printed, its three groups (行政复议, 未经复议直接起诉, 复议后起诉) are column groups over
 * one row of 15 numbers: the values after the last header cell are assigned to the header's columns in the
 * order the header names them. A transposed table (one row per group, each label followed by its five
 * values) is read row by row.
 */
final class ReviewTableReader {
    private ReviewTableReader() {
    }

    static void read(List<SourceCell> stream, FormReading.Builder out) {
        Section section = Section.REVIEWS_AND_LITIGATION;
        List<RowSpec> groups = out.form.rows(section);
        Cells cells = out.tables.get(section);
        if (stream.isEmpty()) {
            putAllBlank(groups, cells);
            out.diagnostics.add("part 四: table not found");
            return;
        }
        if (isTransposed(stream, groups)) {
            RowTableReader.read(section, stream, out);
            return;
        }
        int lastLabel = -1;
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).value().isEmpty()) {
                lastLabel = i;
            }
        }
        List<int[]> order = headerOrder(stream.subList(0, lastLabel + 1), groups);
        List<SourceCell> data = stream.subList(lastLabel + 1, stream.size());
        int expected = order.size();
        for (int i = 0; i < expected; i++) {
            RowSpec g = groups.get(order.get(i)[0]);
            ColumnSpec col = g.columns().get(order.get(i)[1]);
            String path = CellPath.of(section, g.key(), col.key()).toString();
            if (i >= data.size()) {
                cells.put(g.key(), col.key(), null);
                out.diagnostics.add(path + ": no cell in the data row");
                continue;
            }
            SourceCell c = data.get(i);
            String[] problem = new String[1];
            BigDecimal v = CellConverter.convert(c.value().orElse(CellValue.BLANK), col, null,
                    problem);
            cells.put(g.key(), col.key(), v);
            out.provenance.put(path, c.where());
            if (problem[0] != null) {
                out.diagnostics.add(path + ": " + problem[0] + " at " + c.where());
            }
        }
        for (int i = expected; i < data.size(); i++) {
            Optional<CellValue> v = data.get(i).value();
            if (v.isPresent() && !v.get().blank()) {
                out.diagnostics.add("part 四: extra value " + v.get().number().toPlainString() + " at "
                        + data.get(i).where() + " ignored");
            }
        }
        out.matchedRows += lastLabel >= 0 ? groups.size() : 0;
    }

    /** Group and column index of each of the 15 value positions, as the header names them. */
    private static List<int[]> headerOrder(List<SourceCell> header, List<RowSpec> groups) {
        List<Integer> groupOrder = new ArrayList<>();
        List<Integer> columnOrder = new ArrayList<>();
        List<ColumnSpec> columns = groups.get(0).columns();
        for (SourceCell c : header) {
            String key = Labels.stripNumbering(c.folded());
            for (int g = 0; g < groups.size(); g++) {
                if (names(groups.get(g).labels(), key) && !groupOrder.contains(g)) {
                    groupOrder.add(g);
                }
            }
            for (int k = 0; k < columns.size(); k++) {
                if (names(columns.get(k).labels(), key)) {
                    columnOrder.add(k);
                }
            }
        }
        if (groupOrder.size() != groups.size()) {
            groupOrder = List.of(0, 1, 2);
        }
        int per = columns.size();
        boolean headerUsable = columnOrder.size() == per * groups.size();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < per * groups.size(); i++) {
            int col = headerUsable ? columnOrder.get(i) : i % per;
            out.add(new int[] {groupOrder.get(i / per), col});
        }
        return out;
    }

    private static boolean isTransposed(List<SourceCell> stream, List<RowSpec> groups) {
        int rowsWithValues = 0;
        for (int i = 0; i < stream.size(); i++) {
            String key = Labels.stripNumbering(stream.get(i).folded());
            for (RowSpec g : groups) {
                if (names(g.labels(), key)) {
                    int n = 0;
                    for (int j = i + 1; j < stream.size() && stream.get(j).value().isPresent(); j++) {
                        n++;
                    }
                    if (n >= g.columns().size()) {
                        rowsWithValues++;
                    }
                }
            }
        }
        return rowsWithValues == groups.size();
    }

    /** Whether one of the form's labels has this key. */
    private static boolean names(List<String> labels, String key) {
        for (String l : labels) {
            if (Labels.formLabelKey(l).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static void putAllBlank(List<RowSpec> groups, Cells cells) {
        for (RowSpec g : groups) {
            for (ColumnSpec c : g.columns()) {
                cells.put(g.key(), c.key(), null);
            }
        }
    }
}
