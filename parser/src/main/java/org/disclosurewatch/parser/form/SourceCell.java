package org.disclosurewatch.parser.form;

import java.util.Optional;

/**
 * A table cell in reading order, with where it was found, folded and read as a number once for all the
 * readers that look at it.
 *
 * @param text   the printed text
 * @param where  provenance, "table T row R col C"
 * @param folded the text folded by {@link Labels#fold}
 * @param value  the text read by {@link NumberReader#read}: empty when it is not a number or blank
 */
public record SourceCell(String text, String where, String folded, Optional<CellValue> value) {
    public SourceCell(String text, String where) {
        this(text, where, Labels.fold(text));
    }

    SourceCell(String text, String where, String folded) {
        this(text, where, folded, NumberReader.read(text, folded));
    }
}
