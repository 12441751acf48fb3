package org.disclosurewatch.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void pdfOpensAndCarriesExtractableText() throws Exception {
        ReportGenerator generator = ReportGenerator.withBlanks(31);
        Random random = new Random(31);
        for (int i = 0; i < 6; i++) {
            GeneratedReport g = generator.next();
            AnnualReport r = g.report();
            RenderOptions options = RenderOptions.random(random);
            RenderedDocument rendered = new PdfRenderer().render(g, options);
            assertEquals("application/pdf", rendered.contentType());
            try (PDDocument doc = Loader.loadPDF(rendered.content())) {
                int pages = doc.getNumberOfPages();
                assertTrue(pages >= 2, "pages: " + pages);
                String text = new PDFTextStripper().getText(doc).replace("\r", "");
                String flat = text.replace("\n", "");
                assertTrue(flat.contains(r.title()) || text.contains(r.agency()), text.substring(0, 100));
                assertTrue(text.contains("一、总体情况"));
                assertTrue(text.contains("六、其他需要报告的事项"));
                assertTrue(text.contains("- " + pages + " -"), "page number on the last page");
                assertTrue(text.contains("申请人情况"));
                assertTrue(flat.contains(ReportText.date(r.signedOn()) == null ? r.agency() : ReportText.date(r.signedOn())));
            }
        }
    }

    @Test
    void longTablesRepeatTheirHeaderOnTheNextPage() throws Exception {
        ReportGenerator generator = new ReportGenerator(32);
        RenderOptions options = RenderOptions.plain();
        boolean repeated = false;
        for (int i = 0; i < 8 && !repeated; i++) {
            try (PDDocument doc = Loader.loadPDF(new PdfRenderer().render(generator.next(), options).content())) {
                String text = new PDFTextStripper().getText(doc);
                repeated = text.indexOf("申请人情况") != text.lastIndexOf("申请人情况");
            }
        }
        assertTrue(repeated, "some part 三 table runs over a page break and repeats its header");
    }

    @Test
    void missingFontIsReportedClearly() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> CjkFont.read(new java.io.File("/nonexistent/font.ttc")));
        assertTrue(e.getMessage().contains("/nonexistent/font.ttc") && e.getMessage().contains("fonts-wqy-zenhei"),
                e.getMessage());
    }
}
