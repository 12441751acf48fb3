package org.disclosurewatch.parser.document;

/**
 * A paragraph (or line) of running text.
 *
 * @param text   the text as printed
 * @param offset where it starts in the document's text, for provenance
 */
public record Paragraph(String text, int offset) implements Block {
}
