package org.disclosurewatch.parser;

import org.disclosurewatch.contracts.form.AnnualReport;

/** Reads one document's bytes into the form; implemented in-process and by the supervised worker pool. */
public interface DocumentParser {
    /**
     * @param content         the bytes as served
     * @param contentTypeHint the declared content type (only breaks ties; the bytes decide), or null
     * @param sourceUrl       where the document came from, or null
     * @throws DocumentParseException when the document cannot be read; the reason is for people
     */
    AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl) throws DocumentParseException;

    /** {@link #parse(byte[], String, String)} with what the fetcher knows: its charset and agency hint. */
    AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl, DocumentHints hints)
            throws DocumentParseException;
}
