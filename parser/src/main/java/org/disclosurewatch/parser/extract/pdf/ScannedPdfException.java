package org.disclosurewatch.parser.extract.pdf;

import org.disclosurewatch.parser.DocumentParseException;

/** The PDF's pages are images with no text layer: it can only be read by OCR. */
public final class ScannedPdfException extends DocumentParseException {
    private static final long serialVersionUID = 1L;

    public ScannedPdfException() {
        super("the PDF is scanned: its pages are images with no text layer; it needs OCR before it can be read");
    }
}
