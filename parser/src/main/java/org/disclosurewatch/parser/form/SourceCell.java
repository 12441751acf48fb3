package org.disclosurewatch.parser.form;

/**
 * A table cell in reading order, with where it was found.
 *
 * @param text  the printed text
 * @param where provenance, "table T row R col C"
 */
public record SourceCell(String text, String where) {
}
