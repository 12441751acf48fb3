package org.disclosurewatch.parser.document;

import java.util.List;

/**
 * What an extractor makes of a document.
 *
 * @param blocks      the body's paragraphs and tables in reading order
 * @param outside     text found outside the body, in page order: page title, meta titles, headings and the
 *                    page chrome; used to find the title and to qualify names, never read as the report
 * @param diagnostics what the extractor noticed about the file itself (e.g. restrictive PDF permissions),
 *                    passed on to the report's diagnostics
 */
public record ExtractedDocument(List<Block> blocks, List<String> outside, List<String> diagnostics) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        outside = List.copyOf(outside);
        diagnostics = List.copyOf(diagnostics);
    }

    public ExtractedDocument(List<Block> blocks, List<String> outside) {
        this(blocks, outside, List.of());
    }
}
