package org.disclosurewatch.parser.document;

/**
 * One cell of a table grid.
 *
 * @param text     the cell text; line breaks inside the cell are kept as {@code \n}
 * @param row      row index in the table
 * @param col      column index in the table
 * @param spanCopy true when this grid position is covered by a merged cell whose text was printed
 *                 elsewhere (rowspan/colspan expanded); readers skip copies when reading values
 */
public record TableCell(String text, int row, int col, boolean spanCopy) {
}
