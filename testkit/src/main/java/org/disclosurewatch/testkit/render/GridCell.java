package org.disclosurewatch.testkit.render;

import java.util.List;

/**
 * One printed cell of a table grid, placed at its top-left slot.
 *
 * @param row     first grid row
 * @param col     first grid column
 * @param rowSpan rows it covers
 * @param colSpan columns it covers
 * @param lines   its text, one entry per printed line (header words may be broken in two)
 * @param role    header, row label or value
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, List<String> lines, Role role) {
    /** What a cell holds. */
    public enum Role { HEADER, LABEL, VALUE }

    public GridCell {
        lines = List.copyOf(lines);
    }

    /** The text with its lines joined by {@code separator}. */
    public String text(String separator) {
        return String.join(separator, lines);
    }
}
