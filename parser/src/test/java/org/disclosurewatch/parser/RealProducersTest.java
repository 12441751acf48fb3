package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.RealProducers;
import org.disclosurewatch.testkit.render.RealProducers.OfficeTarget;
import org.disclosurewatch.testkit.render.RealProducers.PageSetup;
import org.disclosurewatch.testkit.render.RealProducers.Source;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.ScanDamage;
import org.junit.jupiter.api.Test;

/**
 * The files agencies really attach, made by the real producers ({@link RealProducers}: Chromium printing to
 * PDF in three page setups, LibreOffice exporting PDF from HTML and from DOCX and saving .doc and .docx), from
 * the two real portal pages, the five seed reports and a sample of generated reports
 * ({@code producers.sample} reports, default 4; {@code producers.seed} changes them), each read back and
 * compared with its key: no differing cell, agency and year included. A scan (pages rasterised by
 * {@code pdftoppm} at 150 dpi, turned and specked, bound by {@code img2pdf}) is an image-only PDF, read by OCR
 * with no wrong cell that the parse does not list as in doubt ({@link ScannedReportsTest} reads more scans).
 */
class RealProducersTest {
    private static final Path WORK = Path.of("target", "producers");
    private final ReportParser parser = new ReportParser();
    private final RealProducers producers = new RealProducers(WORK);

    /** A document to read back and the key it must match. */
    private record Case(String name, byte[] content, JsonNode key) {
    }

    @Test
    void realPortalPagesThroughEveryProducer() throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        List<Source> html = new ArrayList<>();
        for (Fixtures.Fixture page : Fixtures.realPages()) {
            keys.put(page.name(), page.key());
            html.add(new Source(page.name() + ".html", page.bytes()));
            for (PageSetup setup : RealProducers.PAGE_SETUPS) {
                cases.add(new Case(page.name() + " Chromium PDF " + setup.name(), producers.chromiumPdf(page.bytes(), setup), page.key()));
            }
        }
        cases.addAll(office(html, keys, "from HTML"));
        assertAllRead(cases, 2 * (RealProducers.PAGE_SETUPS.size() + 4));
    }

    @Test
    void seedReportsThroughEveryProducer() throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        List<Source> docx = new ArrayList<>();
        List<Fixtures.Fixture> seeds = Fixtures.seeds();
        for (int i = 0; i < seeds.size(); i++) {
            Fixtures.Fixture seed = seeds.get(i);
            AnnualReport report = SeedReports.report(seed);
            keys.put(seed.name(), seed.key());
            RenderOptions options = i == 0 ? RenderOptions.plain() : RenderOptions.random(i);
            PageSetup setup = RealProducers.PAGE_SETUPS.get(i % RealProducers.PAGE_SETUPS.size());
            byte[] html = new HtmlRenderer().render(report, null, options).content();
            cases.add(new Case(seed.name() + " Chromium PDF " + setup.name(), producers.chromiumPdf(html, setup), seed.key()));
            docx.add(new Source(seed.name() + ".docx", new DocxRenderer().render(report, null, options).content()));
        }
        cases.addAll(office(docx, keys, "from DOCX"));
        assertAllRead(cases, seeds.size() * 4);
    }

    @Test
    void generatedReportsThroughEveryProducer() throws Exception {
        int sample = Integer.getInteger("producers.sample", 4);
        long seed = Long.getLong("producers.seed", 0L);
        ReportGenerator clean = new ReportGenerator(seed + 7100);
        ReportGenerator blanks = ReportGenerator.withBlanks(seed + 7101);
        java.util.Random random = new java.util.Random(seed + 7102);
        List<Case> cases = new ArrayList<>();
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        List<Source> docx = new ArrayList<>();
        List<Source> html = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            GeneratedReport generated = (i % 2 == 0 ? clean : blanks).next();
            AnnualReport report = generated.report();
            JsonNode key = Json.mapper().valueToTree(report);
            String name = "generated-" + i;
            keys.put(name, key);
            RenderOptions options = RenderOptions.random(random);
            PageSetup setup = RealProducers.PAGE_SETUPS.get(i % RealProducers.PAGE_SETUPS.size());
            byte[] page = new HtmlRenderer().render(generated, options).content();
            String label = name + " (" + report.agency() + " " + report.year() + ", " + options + ")";
            cases.add(new Case(label + " Chromium PDF " + setup.name(),
                    producers.chromiumPdf(page, setup), key));
            docx.add(new Source(name + ".docx", new DocxRenderer().render(generated, options).content()));
            if (i % 2 == 1) {
                html.add(new Source(name + ".html", page));
            }
        }
        cases.addAll(office(docx, keys, "from DOCX"));
        for (Map.Entry<String, byte[]> e : producers.office(html, OfficeTarget.PDF).entrySet()) {
            String name = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
            cases.add(new Case(name + " LibreOffice PDF from HTML", e.getValue(), keys.get(name)));
        }
        assertAllRead(cases, sample * 4 + sample / 2);
    }

    @Test
    void scansOfRealPagesAreImageOnlyPdfsReadByOcr() throws Exception {
        Fixtures.Fixture page = Fixtures.realPages().get(0);
        byte[] pdf = producers.chromiumPdf(page.bytes(), RealProducers.PAGE_SETUPS.get(0));
        byte[] scan = producers.scan(pdf, 150, new ScanDamage(1.0, 0.001, 5));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(scan)) {
            assertEquals("", new org.apache.pdfbox.text.PDFTextStripper().getText(doc).strip(), "no text layer");
            assertTrue(doc.getNumberOfPages() >= 2, "every page scanned");
        }
        AnnualReport parsed = parser.parse(scan, "application/pdf", "file:" + page.name() + ".scan.pdf");
        assertEquals(DocumentKind.ANNUAL_REPORT, parsed.kind(), parsed.diagnostics().toString());
        assertTrue(parsed.diagnostics().stream().anyMatch(d -> d.startsWith("read by OCR")), parsed.diagnostics().toString());
        java.util.Set<String> doubtful = new java.util.HashSet<>(
                org.disclosurewatch.parser.extract.ocr.OcrDoubts.keys(parsed.diagnostics()));
        ReportComparer.Result r = ReportComparer.compare(parsed, page.key());
        List<String> wrong = r.differences().stream().filter(d -> !doubtful.contains(d.substring(0, d.indexOf(':')))).toList();
        System.out.printf("%s scanned at 150 dpi, turned and specked: %d compared, %d wrong, %d in doubt%n", page.name(),
                r.passed() + r.failed(), wrong.size(), doubtful.size());
        assertEquals(List.of(), wrong, "no wrong cell the parse does not list as in doubt");
        assertTrue(r.passed() > 100, "most cells read");
    }

    /**
     * The sources exported by LibreOffice as PDF, .doc and .docx, and (for sources that are not DOCX already)
     * the .docx it saved exported again as PDF.
     */
    private List<Case> office(List<Source> sources, Map<String, JsonNode> keys, String from) {
        List<Case> cases = new ArrayList<>();
        List<Source> saved = new ArrayList<>();
        for (OfficeTarget target : OfficeTarget.values()) {
            for (Map.Entry<String, byte[]> e : producers.office(sources, target).entrySet()) {
                String name = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
                cases.add(new Case(name + " LibreOffice " + target + " " + from, e.getValue(), keys.get(name)));
                if (target == OfficeTarget.DOCX && !e.getKey().endsWith(".docx")) {
                    saved.add(new Source(name + ".docx", e.getValue()));
                }
            }
        }
        Map<String, byte[]> again = saved.isEmpty() ? Map.of() : producers.office(saved, OfficeTarget.PDF);
        for (Map.Entry<String, byte[]> e : again.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
            cases.add(new Case(name + " LibreOffice PDF from its own DOCX", e.getValue(), keys.get(name)));
        }
        return cases;
    }

    private void assertAllRead(List<Case> cases, int expectedCount) throws Exception {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Case c : cases) {
            AnnualReport parsed;
            try {
                parsed = parser.parse(c.content(), null, "file:" + c.name());
            } catch (DocumentParseException e) {
                differences.add(c.name() + ": cannot parse: " + e.getMessage());
                continue;
            }
            if (parsed.kind() != DocumentKind.ANNUAL_REPORT) {
                differences.add(c.name() + ": read as " + parsed.kind() + " " + parsed.diagnostics());
                continue;
            }
            ReportComparer.Result r = ReportComparer.compare(parsed, c.key());
            compared += r.passed() + r.failed();
            System.out.printf("%-90s %4d passed %3d failed%n", c.name(), r.passed(), r.failed());
            r.differences().stream().limit(5).forEach(d -> differences.add(c.name() + ": " + d));
        }
        assertEquals(expectedCount, cases.size(), "documents made by the producers");
        assertTrue(compared > cases.size() * 100, "every cell of every key compared");
        assertEquals(List.of(), differences);
    }
}
