package org.disclosurewatch.testkit.hostile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.PdfRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;

/**
 * The hostile corpus the parser must survive: each case with the outcome it must have. A case whose
 * {@code reason} is null may be parsed or dead-lettered; it must only end in time.
 */
public final class HostileCorpus {
    private HostileCorpus() {
    }

    /**
     * @param name        short name for reports
     * @param contentType the declared content type
     * @param bytes       the document
     * @param reason      a phrase the dead-letter reason must contain, or null when any ending is right
     */
    public record Case(String name, String contentType, byte[] bytes, String reason) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /**
     * Every case. Legacy Word inputs are made from a rendered report with LibreOffice ({@code soffice}).
     */
    public static List<Case> all() throws IOException, InterruptedException {
        var report = SeedReports.all().get(0);
        byte[] docx = new DocxRenderer().render(report, null, RenderOptions.plain()).content();
        byte[] pdf = new PdfRenderer().render(report, null, RenderOptions.plain()).content();
        byte[] doc = HostileDocuments.docFromDocx(docx);
        List<Case> c = new ArrayList<>();
        c.add(new Case("DOCX of 100,000 table rows", HostileDocuments.DOCX, HostileDocuments.docxWithRows(100_000),
                "table rows"));
        c.add(new Case("PDF of 1,600 x 1,600 ruling lines", "application/pdf", HostileDocuments.rulingGridPdf(1600),
                "ruling lines"));
        c.add(new Case("PDF with a 5 GB flate bomb", "application/pdf", HostileDocuments.flateBombPdf(5L << 30),
                "compression bomb"));
        c.add(new Case("HTML of a million paragraphs (10 MB)", "text/html", paragraphs(10_000_000), null));
        c.add(new Case("HTML span bomb", "text/html", HostileDocuments.spanBombHtml(), "cells"));
        c.add(new Case("HTML nested 200,000 deep", "text/html", HostileDocuments.deepNestingHtml(200_000), null));
        c.add(new Case("10 MB of |", "text/plain", HostileDocuments.flood('|', 10 << 20), "cells"));
        c.add(new Case("10 MB of tabs", "text/plain", HostileDocuments.flood('\t', 10 << 20), "cells"));
        c.add(new Case("DOCX zip bomb (300 MB inflated)", HostileDocuments.DOCX, HostileDocuments.zipBombDocx(300),
                "zip bomb"));
        c.add(new Case("PDF of 5,000 pages", "application/pdf", HostileDocuments.manyPagesPdf(5000), "5000 pages"));
        c.add(new Case("PDF with a user password", "application/pdf", HostileDocuments.passwordProtected(pdf, "pw"),
                "encrypted"));
        c.add(new Case("truncated DOCX", HostileDocuments.DOCX, HostileDocuments.truncated(docx, 0.5), "DOCX"));
        c.add(new Case("truncated PDF", "application/pdf", HostileDocuments.truncated(pdf, 0.3), null));
        c.add(new Case("truncated DOC", "application/msword", HostileDocuments.truncated(doc, 0.5), null));
        for (long seed = 1; seed <= 2; seed++) {
            c.add(new Case("fuzzed DOCX #" + seed, HostileDocuments.DOCX, HostileDocuments.fuzzed(docx, seed, 40), null));
            c.add(new Case("fuzzed PDF #" + seed, "application/pdf", HostileDocuments.fuzzed(pdf, seed, 40), null));
            c.add(new Case("fuzzed DOC #" + seed, "application/msword", HostileDocuments.fuzzed(doc, seed, 40), null));
        }
        return c;
    }

    /** HTML of short paragraphs: a large tree for a small file (the parse's memory budget is what stops it). */
    static byte[] paragraphs(int bytes) {
        StringBuilder html = new StringBuilder(bytes + 64).append("<html><body>");
        while (html.length() < bytes) {
            html.append("<p>x</p>");
        }
        return html.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
