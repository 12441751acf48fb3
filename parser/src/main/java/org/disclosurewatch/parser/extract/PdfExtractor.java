package org.disclosurewatch.parser.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.extract.pdf.ContentBudget;
import org.disclosurewatch.parser.extract.ocr.OcrReader;
import org.disclosurewatch.parser.extract.pdf.PdfPages;
import org.disclosurewatch.parser.extract.pdf.ScannedPdfException;

/**
 * Reads a PDF with PDFBox from its text layer: tables are rebuilt from glyph positions and the page's table
 * rulings (see {@link PdfPages}). A PDF whose pages are only images (a scan) is read by OCR ({@link OcrReader}); one whose
 * permissions forbid text extraction is read all the same, with a diagnostic saying so.
 */
public final class PdfExtractor {
    private PdfExtractor() {
    }

    public static ExtractedDocument extract(byte[] content, ParserLimits limits, Deadline deadline)
            throws DocumentParseException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPdfPages()) {
                throw new DocumentParseException("the PDF has " + pages + " pages, more than the limit of "
                        + limits.maxPdfPages() + "; an annual report is a few pages long");
            }
            if (pages == 0) {
                throw new DocumentParseException("the PDF has no pages");
            }
            ContentBudget.check(doc, limits.maxDocxUncompressedBytes(), deadline);
            List<String> diagnostics = new ArrayList<>();
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                // a public filing: the flag is recorded, not obeyed
                diagnostics.add("the PDF's permissions forbid text extraction; it was read anyway, as a public filing");
            }
            try {
                return new ExtractedDocument(PdfPages.read(doc, deadline), List.of(), diagnostics);
            } catch (ScannedPdfException scanned) {
                return OcrReader.readPdf(doc, limits, deadline, diagnostics);
            }
        } catch (InvalidPasswordException e) {
            throw new DocumentParseException("the PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new DocumentParseException("the PDF is corrupt or truncated: " + e.getMessage(), e);
        }
    }

}
