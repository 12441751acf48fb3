package org.disclosurewatch.parser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.extract.ContentSniffer;
import org.disclosurewatch.parser.extract.ContentType;
import org.disclosurewatch.parser.extract.DocExtractor;
import org.disclosurewatch.parser.extract.DocxExtractor;
import org.disclosurewatch.parser.extract.HtmlExtractor;
import org.disclosurewatch.parser.extract.PdfExtractor;
import org.disclosurewatch.parser.extract.PlainTextExtractor;
import org.disclosurewatch.parser.extract.TextDecoder;
import org.disclosurewatch.parser.extract.ocr.OcrDoubts;
import org.disclosurewatch.parser.extract.ocr.OcrReader;
import org.disclosurewatch.parser.form.FormReader;
import org.disclosurewatch.parser.form.FormReading;
import org.disclosurewatch.parser.form.Labels;
import org.disclosurewatch.parser.meta.AgencyLevels;
import org.disclosurewatch.parser.meta.Narrative;
import org.disclosurewatch.parser.meta.Regions;
import org.disclosurewatch.parser.meta.ReportTitle;
import org.disclosurewatch.parser.meta.SigningDate;
import org.disclosurewatch.parser.meta.StatisticsYear;

/**
 * Turns a document's bytes (HTML, DOCX, DOC, PDF, text, or a scan or image read by OCR) into an {@link AnnualReport}: sniffs the
 * representation, extracts paragraphs and table grids, reads the tables cell by cell against the form and
 * reads the title, signature date and narrative. A document that is not an annual report comes back with
 * kind {@link DocumentKind#NOT_ANNUAL_REPORT}. Thread-safe.
 */
public final class ReportParser implements DocumentParser {
    /** Fewest form rows found by their labels for a document to count as an annual report by its tables. */
    private static final int MIN_ROWS_FOR_REPORT = 10;
    private static final int MIN_HEADINGS_FOR_REPORT = 4;

    private final ParserLimits limits;
    private final Consumer<Duration> onOcr;

    public ReportParser() {
        this(ParserLimits.defaults());
    }

    public ReportParser(ParserLimits limits) {
        this(limits, budget -> { });
    }

    /**
     * @param onOcr told, before OCR starts on a scan or an image, the parse's new time budget (counted from its
     *              start, {@link ParserLimits#maxOcrTime()}); called on the parsing thread
     */
    public ReportParser(ParserLimits limits, Consumer<Duration> onOcr) {
        this.limits = limits;
        this.onOcr = onOcr;
    }

    /**
     * @throws DocumentParseException with a reason a person can act on (corrupt, scanned PDF without text,
     *                                too large, unsupported type)
     */
    @Override
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl) throws DocumentParseException {
        return parse(content, contentTypeHint, sourceUrl, DocumentHints.NONE);
    }

    /** {@link #parse(byte[], String, String)} with what the fetcher knows: its charset and agency hint. */
    @Override
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl, DocumentHints hints)
            throws DocumentParseException {
        admit(content, limits);
        Deadline deadline = new Deadline(limits.maxTime(), onOcr);
        ContentType type = ContentSniffer.sniff(content, contentTypeHint);
        if (type == null) {
            throw new DocumentParseException("unsupported type: a zip archive that is not a Word (DOCX) document");
        }
        ExtractedDocument doc = extract(type, content, hints.contentType(contentTypeHint), deadline);
        deadline.check();
        try {
            return read(doc, deadline, hints.fallbackAgency());
        } catch (RuntimeException | StackOverflowError e) {
            throw new DocumentParseException("the document cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    /** Refuses an empty or too large document before any work is spent on it. */
    public static void admit(byte[] content, ParserLimits limits) throws DocumentParseException {
        if (content == null || content.length == 0) {
            throw new DocumentParseException("the document is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentParseException("the document is too large: " + content.length + " bytes, the limit is "
                    + limits.maxBytes());
        }
    }

    private ExtractedDocument extract(ContentType type, byte[] content, String hint, Deadline deadline)
            throws DocumentParseException {
        try {
            return switch (type) {
                case PDF -> PdfExtractor.extract(content, limits, deadline);
                case DOCX -> DocxExtractor.extract(content, limits, deadline);
                case DOC -> DocExtractor.extract(content, deadline);
                case HTML -> HtmlExtractor.extract(TextDecoder.decode(content, hint), deadline);
                case TEXT -> PlainTextExtractor.extract(TextDecoder.decode(content, hint), deadline);
                case IMAGE -> OcrReader.readImage(content, limits, deadline);
            };
        } catch (DocumentParseException e) {
            throw e;
        } catch (DocumentTooComplexException e) {
            throw new DocumentParseException(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new DocumentParseException("the " + type.name() + " document is corrupt or cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    /** Reads an extracted document (also used by tests that build blocks directly). */
    static AnnualReport read(ExtractedDocument doc, Deadline deadline) throws DocumentParseException {
        return read(doc, deadline, null);
    }

    /** Reads an extracted document; {@code fallbackAgency} names the body when the title names none. */
    static AnnualReport read(ExtractedDocument doc, Deadline deadline, String fallbackAgency)
            throws DocumentParseException {
        List<Block> blocks = doc.blocks();
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                paragraphs.add(p.text());
            }
        }
        ReportTitle title = ReportTitle.find(blocks, doc.outside());
        Integer year = title != null && title.year() != null ? title.year() : StatisticsYear.find(paragraphs);
        FormReading reading = FormReader.readDetectingFormat(blocks, year);
        deadline.check();
        boolean isReport = reading.matchedRows() >= MIN_ROWS_FOR_REPORT
                || (title != null && ReportTitle.isReportTitle(title.title())
                && Narrative.headingCount(blocks) >= MIN_HEADINGS_FOR_REPORT);
        String agency = title == null ? null : title.agency();
        boolean agencyFromHint = agency == null && fallbackAgency != null;
        if (agencyFromHint) {
            agency = fallbackAgency;
        }
        if (!isReport) {
            return new AnnualReport(DocumentKind.NOT_ANNUAL_REPORT, title == null ? null : title.title(), agency,
                    null, null, year, null, null, null, null, null, Map.of(), Map.of(),
                    concat(doc.diagnostics(), "not an annual report: " + reading.matchedRows() + " rows of the form found"));
        }
        List<String> lookups = new ArrayList<>(paragraphs);
        lookups.addAll(doc.outside());
        AgencyLevel level = AgencyLevels.of(agency);
        String region = Regions.regionOf(agency, lookups);
        List<String> tail = closingParagraphs(blocks);
        LocalDate signedOn = SigningDate.find(tail, agency);
        int closing = closingLines(tail, agency);
        Map<String, String> narrative = Narrative.read(blocks, closing);
        List<String> diagnostics = new ArrayList<>(doc.diagnostics());
        diagnostics.addAll(reading.diagnostics());
        if (OcrDoubts.readByOcr(blocks)) {
            diagnostics.addAll(OcrDoubts.of(blocks, reading.provenance()));
            diagnostics.addAll(OcrDoubts.unread(reading.form().cells().keySet(), reading.provenance()));
            diagnostics.addAll(OcrDoubts.scalars(blocks, agencyFromHint ? null : agency, signedOn != null));
        }
        if (agencyFromHint) {
            diagnostics.add("the title names no filing body; the portal's agency hint was used: " + agency);
        } else if (agency == null) {
            diagnostics.add("the title naming the filing body was not found");
        }
        if (year == null) {
            diagnostics.add("the statistics year was not found");
        }
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, title == null ? null : title.title(), agency, level,
                region, year, reading.form().format(), signedOn,
                reading.tables().get(Section.ACTIVE_DISCLOSURE), reading.tables().get(Section.REQUESTS),
                reading.tables().get(Section.REVIEWS_AND_LITIGATION), narrative, reading.provenance(), diagnostics);
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> out = new ArrayList<>(first);
        out.add(last);
        return out;
    }

    /** The paragraphs after the last table (where the signature is printed). */
    private static List<String> closingParagraphs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Paragraph p) {
                out.add(0, p.text());
            } else {
                break;
            }
        }
        return out;
    }

    /** How many closing paragraphs are the signature (agency name, date). */
    private static int closingLines(List<String> tail, String agency) {
        int n = 0;
        String a = agency == null ? null : Labels.fold(agency);
        for (int i = tail.size() - 1; i >= 0 && n < 3; i--) {
            String f = Labels.fold(tail.get(i));
            boolean date = SigningDate.find(List.of(tail.get(i))) != null;
            boolean name = a != null && (f.equals(a) || (f.length() <= 30 && f.endsWith(a)));
            if (!date && !name) {
                break;
            }
            n++;
        }
        return n;
    }
}
