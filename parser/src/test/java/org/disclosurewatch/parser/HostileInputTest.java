package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Broken and hostile documents fail with a reason, within bounded time and memory. */
@Timeout(60)
class HostileInputTest {
    private final ReportParser parser = new ReportParser();

    private static String reason(ReportParser p, byte[] bytes, String type) {
        return assertThrows(DocumentParseException.class, () -> p.parse(bytes, type, null)).reason();
    }

    @Test
    void truncatedDocxAndPdf() throws Exception {
        byte[] docx = SampleDocuments.docx(new SampleReport());
        assertTrue(reason(parser, Arrays.copyOf(docx, docx.length / 2), null).contains("corrupt"));
        byte[] pdf = SampleDocuments.pdf(new SampleReport(), 12);
        String r = reason(parser, Arrays.copyOf(pdf, 300), "application/pdf");
        assertTrue(r.contains("PDF"), r);
    }

    @Test
    void zipBombDocxIsRefusedBeforeInflating() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 2_000_000, "a small file that inflates to 300 MB");
        String r = reason(parser, bomb, null);
        assertTrue(r.contains("zip bomb"), r);
    }

    @Test
    void flateBombPdfIsRefusedBeforeItsOperatorsAreRead() {
        // 2 GB of blanks in one page's content stream: under the time limit it would be tokenised for minutes
        byte[] bomb = org.disclosurewatch.testkit.hostile.HostileDocuments.flateBombPdf(2L << 30);
        assertTrue(bomb.length < 4_000_000, "a small file: " + bomb.length);
        long start = System.nanoTime();
        String r = reason(parser, bomb, "application/pdf");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r.contains("compression bomb") && r.contains("page 1"), r);
        assertTrue(ms < 20_000, "refused after " + ms + " ms, long before the 30 s limit");
    }

    @Test
    void externalEntityInDocxIsNotResolved(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-MARKER-4711");
        byte[] docx = SampleDocuments.docx(new SampleReport());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int decl = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, decl) + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                            + "\">]>" + xml.substring(decl).replace("无。", "&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
            }
        }
        try {
            AnnualReport r = parser.parse(out.toByteArray(), null, null);
            assertFalse(r.toString().contains("SECRET-MARKER-4711"), "external entity resolved");
        } catch (DocumentParseException refused) {
            assertFalse(refused.reason().contains("SECRET-MARKER-4711"));
        }
    }

    @Test
    void pdfWithThousandsOfPagesIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3000; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
        }
        String r = reason(parser, out.toByteArray(), "application/pdf");
        assertTrue(r.contains("3000 pages"), r);
    }

    @Test
    void scannedPdfWithoutTextLayer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 50, 400, 200);
            }
            doc.save(out);
        }
        // an image-only page is read by OCR (there is nothing on it to read): not a report, and said so
        org.disclosurewatch.contracts.form.AnnualReport report = parser.parse(out.toByteArray(), "application/pdf", null);
        assertEquals(org.disclosurewatch.contracts.form.DocumentKind.NOT_ANNUAL_REPORT, report.kind());
        assertTrue(report.diagnostics().contains("read by OCR (tesseract chi_sim), 1 page"), report.diagnostics().toString());
    }

    @Test
    void fiftyMegabytesOfHtmlIsTooLarge() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy("<html><body><p>".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 15);
        String r = reason(parser, big, "text/html");
        assertTrue(r.contains("too large"), r);
    }

    @Test
    void timeLimitStopsALongParse() throws IOException {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < 200_000; i++) {
            b.append("<div><p>段落").append(i).append("</p></div>");
        }
        ParserLimits tight = new ParserLimits(100L << 20, 10, 100L << 20, Duration.ofMillis(1));
        String r = reason(new ReportParser(tight), b.toString().getBytes(StandardCharsets.UTF_8), "text/html");
        assertTrue(r.startsWith("parse exceeded 1 ms"), r);
    }

    @Test
    void aZipThatIsNotWordAndEmptyInput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(reason(parser, out.toByteArray(), null).contains("unsupported type"));
        assertTrue(reason(parser, new byte[0], null).contains("empty"));
    }
}
