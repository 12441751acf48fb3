package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.TextRenderer;
import org.junit.jupiter.api.Test;

/** The fetcher's charset and agency hint, used when the document itself does not say. */
class FetcherHintsTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void theAgencyHintNamesAReportWhoseTitleNamesNoBody() throws Exception {
        AnnualReport r = new ReportGenerator(31L).next().report();
        AnnualReport untitled = new AnnualReport(r.kind(), r.year() + "年政府信息公开工作年度报告", r.agency(),
                r.agencyLevel(), r.region(), r.year(), r.format(), r.signedOn(), r.activeDisclosure(), r.requests(),
                r.reviewsAndLitigation(), r.narrative(), r.provenance(), r.diagnostics());
        RenderedDocument doc = new TextRenderer().render(untitled, null, RenderOptions.plain());

        AnnualReport without = parser.parse(doc.content(), doc.contentType(), "https://example.gov.cn/a.txt");
        assertNull(without.agency());

        AnnualReport with = parser.parse(doc.content(), doc.contentType(), "https://example.gov.cn/a.txt",
                new DocumentHints(null, r.agency()));
        assertEquals(r.agency(), with.agency());
        assertEquals(r.year(), with.year());
        assertTrue(with.diagnostics().stream().anyMatch(d -> d.contains("agency hint") && d.contains(r.agency())),
                with.diagnostics().toString());
    }

    @Test
    void theFetchersCharsetDecodesADocumentThatDeclaresNone() throws Exception {
        GeneratedReport g = new ReportGenerator(32L).next();
        RenderedDocument doc = new TextRenderer().render(g.report(), null, RenderOptions.plain());
        byte[] utf16 = new String(doc.content(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);

        AnnualReport guessed = parser.parse(utf16, "text/plain", g.documentUrl());
        assertNotEquals(g.report().agency(), guessed.agency());

        AnnualReport hinted = parser.parse(utf16, "text/plain", g.documentUrl(), new DocumentHints("UTF-16LE", null));
        assertEquals(g.report().agency(), hinted.agency());
        assertEquals(0, g.report().requests().get("new_received", "total")
                .compareTo(hinted.requests().get("new_received", "total")));
    }
}
