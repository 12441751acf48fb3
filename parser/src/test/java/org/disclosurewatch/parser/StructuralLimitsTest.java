package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.parser.document.TableBuilder;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.hostile.HostileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cheap structural caps refuse a document with a clear reason before it can exhaust time or memory
 * (the worker process bounds the rest), and the small correctness holes stay closed.
 */
@Timeout(60)
class StructuralLimitsTest {
    private final ReportParser parser = new ReportParser();

    private String reason(byte[] bytes, String type) {
        return assertThrows(DocumentParseException.class, () -> parser.parse(bytes, type, null)).reason();
    }

    @Test
    void spanBombsAreRefusedByTheCellCap() {
        String r = reason(HostileDocuments.spanBombHtml(), "text/html");
        assertTrue(r.contains("more than " + TableBuilder.MAX_CELLS + " cells"), r);
    }

    @Test
    void floodsOfPipesAndTabsAreRefusedByTheRowWidthCap() {
        String pipes = reason(HostileDocuments.flood('|', 10 << 20), "text/plain");
        assertTrue(pipes.contains("more than " + TableBuilder.MAX_COLUMNS + " cells"), pipes);
        String tabs = reason(HostileDocuments.flood('\t', 10 << 20), "text/plain");
        assertTrue(tabs.contains("more than " + TableBuilder.MAX_COLUMNS + " cells"), tabs);
    }

    @Test
    void aDocxOfHundredThousandRowsIsRefusedBeforePoiLoadsIt() {
        byte[] docx = HostileDocuments.docxWithRows(100_000);
        assertTrue(docx.length < 3_000_000, "a small file: " + docx.length);
        long start = System.nanoTime();
        String r = reason(docx, null);
        assertTrue(r.contains("more than " + TableBuilder.MAX_ROWS + " table rows"), r);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused while inflating, not after loading");
        // a table below the cap is still read
        assertEquals(DocumentKind.NOT_ANNUAL_REPORT,
                assertDoesNotThrow(HostileDocuments.docxWithRows(50)).kind());
    }

    private AnnualReport assertDoesNotThrow(byte[] docx) {
        try {
            return parser.parse(docx, null, null);
        } catch (DocumentParseException e) {
            throw new AssertionError("refused: " + e.reason(), e);
        }
    }

    @Test
    void aRulingGridOfSixteenHundredLinesIsRefusedAtOnce() {
        byte[] pdf = HostileDocuments.rulingGridPdf(1600);
        assertTrue(pdf.length < 100_000, "a small file: " + pdf.length);
        String r = reason(pdf, "application/pdf");
        // the cut-edge ruling a page break implies may add one horizontal line to the drawn ones
        assertTrue(r.matches("(?s).*grid of 1600 × 160[01] ruling lines.*too complex.*"), r);
    }

    @Test
    void deepNestingEndsWithAReason() {
        // refused or read, never a crash of the caller
        try {
            parser.parse(HostileDocuments.deepNestingHtml(200_000), "text/html", null);
        } catch (DocumentParseException refused) {
            assertTrue(!refused.reason().isBlank());
        }
    }

    @Test
    void utf16AndUtf32HtmlWithAByteOrderMarkIsReadAsHtml() throws Exception {
        byte[] html = Fixtures.realPages().get(0).bytes();
        AnnualReport utf8 = parser.parse(html, "text/html", null);
        String page = new String(html, StandardCharsets.UTF_8);
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] encoded = ("\uFEFF" + page.replaceFirst("(?i)charset=[\"']?utf-8", "charset=" + cs))
                    .getBytes(Charset.forName(cs));
            AnnualReport r = parser.parse(encoded, null, null);
            assertEquals(utf8.agency(), r.agency(), cs);
            assertEquals(utf8.title(), r.title(), cs);
            assertEquals(utf8.requests(), r.requests(), cs);
        }
    }

    @Test
    void aPdfWhosePermissionsForbidExtractionIsReadWithADiagnostic() throws Exception {
        byte[] plain = SampleDocuments.pdf(new SampleReport(), 12);
        AnnualReport open = parser.parse(plain, "application/pdf", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(plain)) {
            AccessPermission forbid = new AccessPermission();
            forbid.setCanExtractContent(false);
            forbid.setCanExtractForAccessibility(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", forbid);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        AnnualReport restricted = parser.parse(out.toByteArray(), "application/pdf", null);
        assertEquals(open.requests(), restricted.requests());
        assertTrue(restricted.diagnostics().stream().anyMatch(d -> d.contains("permissions forbid text extraction")),
                restricted.diagnostics().toString());
        assertTrue(open.diagnostics().stream().noneMatch(d -> d.contains("permissions")));
    }
}
