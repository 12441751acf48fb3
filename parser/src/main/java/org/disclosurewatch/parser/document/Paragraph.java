package org.disclosurewatch.parser.document;

/**
 * A paragraph (or line) of running text.
 *
 * @param text   the text as printed
 * @param offset where it starts in the document's text, for provenance
 * @param ocr    how the line was read when it was read by OCR, else null
 */
public record Paragraph(String text, int offset, OcrReading ocr) implements Block {
    public Paragraph(String text, int offset) {
        this(text, offset, null);
    }
}
