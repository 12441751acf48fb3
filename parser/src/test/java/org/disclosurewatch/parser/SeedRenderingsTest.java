package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.PdfRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.ReportRenderer;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports, rendered as portal HTML, DOCX and PDF (plain and dressed-up options), read back:
 * every cell and the metadata must match the seed's answer key.
 */
class SeedRenderingsTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void seedsRenderedToHtmlDocxAndPdfMatchTheirKeys() throws Exception {
        Map<String, ReportRenderer> renderers = Map.of(
                "html", new HtmlRenderer(), "docx", new DocxRenderer(), "pdf", new PdfRenderer());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Fixtures.Fixture seed : Fixtures.seeds()) {
            AnnualReport report = SeedReports.report(seed);
            for (var r : renderers.entrySet()) {
                for (long variant = 0; variant < 3; variant++) {
                    RenderOptions options = variant == 0 ? RenderOptions.plain() : RenderOptions.random(variant);
                    RenderedDocument doc = r.getValue().render(report, null, options);
                    AnnualReport parsed = parser.parse(doc.content(), null, "file:" + seed.name() + "." + doc.extension());
                    ReportComparer.Result result = ReportComparer.compare(parsed, seed.key());
                    compared += result.passed() + result.failed();
                    for (String d : result.differences()) {
                        differences.add(seed.name() + " " + r.getKey() + " " + options + ": " + d);
                    }
                }
            }
        }
        System.out.printf("seed renderings: %d cells compared, %d differ%n", compared, differences.size());
        differences.stream().limit(30).forEach(System.out::println);
        assertEquals(List.of(), differences.stream().limit(30).toList());
    }
}
