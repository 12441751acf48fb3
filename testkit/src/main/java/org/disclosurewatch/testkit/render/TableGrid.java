package org.disclosurewatch.testkit.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as printed: a grid of {@code columns} columns whose cells may span rows and columns, the first
 * {@code headerRows} rows being column headers (repeated on each page by paged renderers).
 */
public final class TableGrid {
    private final int columns;
    private final int headerRows;
    private final double[] widths;
    private final List<List<GridCell>> rows = new ArrayList<>();

    /** @param widths relative column widths, one per column */
    TableGrid(int headerRows, double... widths) {
        this.columns = widths.length;
        this.headerRows = headerRows;
        this.widths = widths.clone();
    }

    /** Starts a new row and returns its index. */
    int newRow() {
        rows.add(new ArrayList<>());
        return rows.size() - 1;
    }

    void add(GridCell cell) {
        rows.get(cell.row()).add(cell);
    }

    public int columns() {
        return columns;
    }

    public int headerRows() {
        return headerRows;
    }

    /** Relative widths of the columns (summing to about 1). */
    public double[] widths() {
        return widths.clone();
    }

    public int rowCount() {
        return rows.size();
    }

    /** The cells that start in row {@code r}, left to right. */
    public List<GridCell> row(int r) {
        return Collections.unmodifiableList(rows.get(r));
    }

    /** The cell covering slot (r, c), or null. */
    public GridCell at(int r, int c) {
        for (int i = 0; i <= r; i++) {
            for (GridCell cell : rows.get(i)) {
                if (r < cell.row() + cell.rowSpan() && c >= cell.col() && c < cell.col() + cell.colSpan()
                        && cell.row() <= r) {
                    return cell;
                }
            }
        }
        return null;
    }
}
