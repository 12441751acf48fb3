package org.disclosurewatch.contracts.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report form, described as data: its three tables, their rows and columns, labels and cell kinds.
 * Parser, validator and store all read the form from here; nothing else lists row or column keys.
 */
public final class FormDefinition {
    private final ReportFormat format;
    private final Map<Section, List<RowSpec>> rows;
    private final Map<String, CellKind> cellKinds;

    FormDefinition(ReportFormat format, List<RowSpec> activeDisclosure, List<RowSpec> requests,
                   List<RowSpec> reviews) {
        this.format = format;
        Map<Section, List<RowSpec>> r = new LinkedHashMap<>();
        r.put(Section.ACTIVE_DISCLOSURE, List.copyOf(activeDisclosure));
        r.put(Section.REQUESTS, List.copyOf(requests));
        r.put(Section.REVIEWS_AND_LITIGATION, List.copyOf(reviews));
        this.rows = Collections.unmodifiableMap(r);
        Map<String, CellKind> kinds = new LinkedHashMap<>();
        for (Map.Entry<Section, List<RowSpec>> e : r.entrySet()) {
            for (RowSpec row : e.getValue()) {
                for (ColumnSpec col : row.columns()) {
                    kinds.put(CellPath.of(e.getKey(), row.key(), col.key()).toString(), col.kind());
                }
            }
        }
        this.cellKinds = Collections.unmodifiableMap(kinds);
    }

    public ReportFormat format() {
        return format;
    }

    public List<RowSpec> rows(Section section) {
        return rows.get(section);
    }

    public RowSpec row(Section section, String rowKey) {
        for (RowSpec row : rows.get(section)) {
            if (row.key().equals(rowKey)) {
                return row;
            }
        }
        return null;
    }

    public List<RowSpec> rows(Section section, RowRole role) {
        List<RowSpec> out = new ArrayList<>();
        for (RowSpec row : rows.get(section)) {
            if (row.role() == role) {
                out.add(row);
            }
        }
        return out;
    }

    /** Every cell of the form, as dotted path → kind, in printed order. */
    public Map<String, CellKind> cells() {
        return cellKinds;
    }

    /** The kind of the cell at a dotted path, or null when the form has no such cell. */
    public CellKind kindOf(String path) {
        return cellKinds.get(path);
    }

    /** The applicant columns of part 三 without 总计. */
    public List<ColumnSpec> applicantColumns() {
        List<ColumnSpec> cols = new ArrayList<>(rows.get(Section.REQUESTS).get(0).columns());
        cols.removeIf(c -> c.key().equals(Forms.TOTAL));
        return cols;
    }

    @Override
    public String toString() {
        return "form " + format.id();
    }
}
