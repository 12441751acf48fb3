package org.disclosurewatch.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a grid of cell texts with merged cells expanded (copies flagged).
 *
 * @param index the table's number in the document (0-based), for provenance
 * @param rows  rows of cells
 */
public record Table(int index, List<List<TableCell>> rows) implements Block {
    public Table {
        List<List<TableCell>> copy = new ArrayList<>();
        for (List<TableCell> r : rows) {
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    /** The cells in reading order (row by row), without merged-cell copies. */
    public List<TableCell> readingOrder() {
        List<TableCell> out = new ArrayList<>();
        for (List<TableCell> r : rows) {
            for (TableCell c : r) {
                if (!c.spanCopy()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
