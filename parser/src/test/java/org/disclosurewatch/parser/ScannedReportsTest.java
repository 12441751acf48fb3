package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.parser.extract.ocr.OcrDoubts;
import org.disclosurewatch.parser.extract.ocr.OcrReader;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.RealProducers;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.ScanDamage;
import org.junit.jupiter.api.Test;

/**
 * Scans read by OCR: a real portal page and a seed report printed to PDF by Chromium, rasterised by
 * {@code pdftoppm} (300 dpi, 200 dpi, and 300 dpi turned by a degree and specked), bound into image-only PDFs by
 * {@code img2pdf}, and one page as a PNG image document; each read and compared with its key. Acceptance: no
 * wrong cell, agency and year included, except cells the parse itself lists as read with a doubt.
 */
class ScannedReportsTest {
    private static final Path WORK = Path.of("target", "scans");
    private final ReportParser parser = new ReportParser();
    private final RealProducers producers = new RealProducers(WORK);

    /** What one scan gave. */
    record Outcome(int compared, int wrong, int doubtful, double secondsPerPage) {
    }

    @Test
    void scannedRealPortalPage() throws Exception {
        Fixtures.Fixture page = Fixtures.realPages().get(1);
        byte[] pdf = producers.chromiumPdf(page.bytes(), RealProducers.PAGE_SETUPS.get(0));
        byte[] scan = producers.scan(pdf, 300, ScanDamage.none());
        assertRead(page.name() + " scanned at 300 dpi", scan, page.key());
    }

    @Test
    void scannedSeedReportAt200DpiAndTurnedWithSpecks() throws Exception {
        Fixtures.Fixture seed = Fixtures.seeds().get(3);
        AnnualReport report = SeedReports.report(seed);
        byte[] html = new HtmlRenderer().render(report, null, RenderOptions.plain()).content();
        byte[] pdf = producers.chromiumPdf(html, RealProducers.PAGE_SETUPS.get(0));
        assertRead(seed.name() + " scanned at 200 dpi", producers.scan(pdf, 200, ScanDamage.none()), seed.key());
        assertRead(seed.name() + " scanned at 300 dpi, turned 1° and specked",
                producers.scan(pdf, 300, new ScanDamage(1.0, 0.001, 5)), seed.key());
    }

    @Test
    void imageDocumentOfOnePage() throws Exception {
        Fixtures.Fixture seed = Fixtures.seeds().get(0);
        byte[] html = new HtmlRenderer().render(SeedReports.report(seed), null, RenderOptions.plain()).content();
        int a4Pages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(producers.chromiumPdf(html, RealProducers.PAGE_SETUPS.get(0)))) {
            a4Pages = doc.getNumberOfPages();
        }
        // one sheet as long as the A4 pages together: the whole report in one image
        RealProducers.PageSetup tall = new RealProducers.PageSetup("tall", "210mm " + (a4Pages * 297) + "mm", 1.0);
        List<byte[]> images = producers.pageImages(producers.chromiumPdf(html, tall), 200);
        assertEquals(1, images.size(), "one page");
        assertTrue(images.get(0)[1] == 'P' && images.get(0)[2] == 'N' && images.get(0)[3] == 'G', "a PNG image");
        assertRead(seed.name() + " as one PNG image of " + a4Pages + " A4 pages", images.get(0), seed.key());
    }

    private Outcome assertRead(String name, byte[] content, JsonNode key) throws Exception {
        long start = System.nanoTime();
        AnnualReport parsed = parser.parse(content, null, "file:" + name);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(DocumentKind.ANNUAL_REPORT, parsed.kind(), name + ": " + parsed.diagnostics());
        String ocr = parsed.diagnostics().stream().filter(d -> d.startsWith("read by OCR")).findFirst().orElse(null);
        assertTrue(ocr != null, name + ": says it was read by OCR " + parsed.diagnostics());
        int pages = Integer.parseInt(ocr.replaceAll("^.*, (\\d+) pages?$", "$1"));
        assertEquals(OcrReader.readByOcr(pages), ocr);
        Set<String> doubtful = new HashSet<>(OcrDoubts.keys(parsed.diagnostics()));
        ReportComparer.Result r = ReportComparer.compare(parsed, key);
        List<String> wrong = new ArrayList<>();
        for (String d : r.differences()) {
            String path = d.substring(0, d.indexOf(':'));
            if (!doubtful.contains(path)) {
                wrong.add(d);
            }
        }
        Outcome o = new Outcome(r.passed() + r.failed(), wrong.size(), doubtful.size(), seconds / pages);
        System.out.printf("%-60s %4d compared %3d wrong %3d in doubt (%d differ) %5.1f s/page, %d pages%n", name,
                o.compared(), o.wrong(), o.doubtful(), r.failed(), o.secondsPerPage(), pages);
        parsed.diagnostics().forEach(d -> System.out.println("    " + d));
        r.differences().forEach(d -> System.out.println("  differs: " + d));
        assertTrue(o.compared() > 100, name + ": every cell of the key compared");
        assertTrue(o.doubtful() < o.compared() / 4, name + ": most cells read without doubt, " + o.doubtful() + " in doubt");
        assertEquals(List.of(), wrong, name + ": cells wrong without being listed as in doubt");
        return o;
    }
}
