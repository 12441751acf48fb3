package org.disclosurewatch.parser.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.parser.DocumentTooComplexException;

/**
 * Builds a grid from rows of cells that may span several rows and columns (the HTML/DOCX model of merged
 * cells), expanding each span into copies flagged {@link TableCell#spanCopy()}. A table beyond
 * {@link #MAX_ROWS} rows or {@link #MAX_CELLS} cells is refused ({@link DocumentTooComplexException}).
 */
public final class TableBuilder {
    private static final int MAX_ROW_SPAN = 1000;
    private static final int MAX_COL_SPAN = 100;
    /** Most cells a table may have with its spans expanded; an annual report's largest has a few hundred. */
    public static final int MAX_CELLS = 50_000;
    /** Most cells one row may have. */
    public static final int MAX_COLUMNS = 1_000;
    /** Most rows a table may have. */
    public static final int MAX_ROWS = 10_000;

    private final List<List<TableCell>> grid = new ArrayList<>();
    private final Map<Integer, Integer> remaining = new HashMap<>();
    private final Map<Integer, String> carried = new HashMap<>();
    /** The rightmost column a row span was ever started in, -1 before the first. */
    private int lastSpannedCol = -1;
    private int row = -1;
    private int col;
    private int cells;

    /** Starts a new row. */
    public void startRow() {
        finishRow();
        row++;
        if (row >= MAX_ROWS) {
            throw new DocumentTooComplexException("a table has more than " + MAX_ROWS
                    + " rows; an annual report's tables are far smaller");
        }
        col = 0;
        grid.add(new ArrayList<>());
    }

    /** Adds a cell with its spans at the next free position of the current row. */
    public void addCell(String text, int rowSpan, int colSpan) {
        addCell(text, rowSpan, colSpan, null);
    }

    /** {@link #addCell(String, int, int)} for a cell read by OCR: its reading is kept on the cell. */
    public void addCell(String text, int rowSpan, int colSpan, OcrReading ocr) {
        if (row < 0) {
            startRow();
        }
        skipCarried();
        int rs = Math.max(1, Math.min(rowSpan, MAX_ROW_SPAN));
        int cs = Math.max(1, Math.min(colSpan, MAX_COL_SPAN));
        for (int i = 0; i < cs; i++) {
            add(new TableCell(text, row, col, i > 0, i > 0 ? null : ocr));
            if (rs > 1) {
                remaining.put(col, rs - 1);
                carried.put(col, text);
                lastSpannedCol = Math.max(lastSpannedCol, col);
            }
            col++;
        }
    }

    /** Adds a cell that continues the merged cell above it (DOCX vMerge continue). */
    public void addContinuation(int colSpan) {
        if (row < 0) {
            startRow();
        }
        skipCarried();
        int cs = Math.max(1, Math.min(colSpan, MAX_COL_SPAN));
        for (int i = 0; i < cs; i++) {
            String above = "";
            if (row > 0) {
                for (TableCell c : grid.get(row - 1)) {
                    if (c.col() == col) {
                        above = c.text();
                    }
                }
            }
            add(new TableCell(above, row, col, true));
            col++;
        }
    }

    private void add(TableCell cell) {
        checkCells(++cells);
        grid.get(row).add(cell);
    }

    /** Refuses a table that has reached more than {@link #MAX_CELLS} cells. */
    public static void checkCells(int cells) {
        if (cells > MAX_CELLS) {
            throw new DocumentTooComplexException("a table has more than " + MAX_CELLS
                    + " cells with its merged cells expanded; an annual report's tables are far smaller");
        }
    }

    /** Refuses a line that would make a row of more than {@link #MAX_COLUMNS} cells. */
    public static void checkColumns(String line, char separator) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator && ++n > MAX_COLUMNS) {
                throw new DocumentTooComplexException("a table row has more than " + MAX_COLUMNS
                        + " cells; an annual report's tables are far smaller");
            }
        }
    }

    private void skipCarried() {
        while (remaining.getOrDefault(col, 0) > 0) {
            add(new TableCell(carried.get(col), row, col, true));
            remaining.merge(col, -1, Integer::sum);
            col++;
        }
    }

    private void finishRow() {
        if (row < 0) {
            return;
        }
        while (col <= lastSpannedCol) {
            if (remaining.getOrDefault(col, 0) > 0) {
                skipCarried();
            } else {
                col++;
            }
        }
    }

    public Table build(int index) {
        finishRow();
        return new Table(index, grid);
    }
}
