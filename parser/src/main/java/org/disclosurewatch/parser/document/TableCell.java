package org.disclosurewatch.parser.document;

/**
 * One cell of a table grid.
 *
 * @param text     the cell text; line breaks inside the cell are kept as {@code \n}
 * @param row      row index in the table
 * @param col      column index in the table
 * @param spanCopy true when this grid position is covered by a merged cell whose text was printed
 *                 elsewhere (rowspan/colspan expanded); readers skip copies when reading values
 * @param ocr      how the cell was read when it was read by OCR, else null
 */
public record TableCell(String text, int row, int col, boolean spanCopy, OcrReading ocr) {
    public TableCell(String text, int row, int col, boolean spanCopy) {
        this(text, row, col, spanCopy, null);
    }
}
