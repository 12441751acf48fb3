package org.disclosurewatch.parser.document;

import java.util.List;

/**
 * What an extractor makes of a document.
 *
 * @param blocks  the body's paragraphs and tables in reading order
 * @param outside text found outside the body, in page order: page title, meta titles, headings and the
 *                page chrome; used to find the title and to qualify names, never read as the report
 */
public record ExtractedDocument(List<Block> blocks, List<String> outside) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        outside = List.copyOf(outside);
    }
}
