package org.disclosurewatch.parser;

/**
 * A structural cap was hit inside an extractor (cells per table, ruling lines per page, table rows): the
 * document is refused with this reason instead of exhausting time or memory. Unchecked so that builders deep
 * inside extraction can raise it; {@link ReportParser} turns it into a {@link DocumentParseException}.
 */
public class DocumentTooComplexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentTooComplexException(String reason) {
        super(reason);
    }
}
