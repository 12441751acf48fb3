package org.disclosurewatch.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.Adler32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Hostile and merely unusual documents, made on the fly (nothing binary is kept in the repository): each
 * is small on disk and expensive to read, or broken. They stand for what a portal may serve by accident or
 * on purpose; a parser must end each within its bounds and go on with the next document.
 */
public final class HostileDocuments {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private HostileDocuments() {
    }

    /** A document with its declared content type and a short name for reports. */
    public record Hostile(String name, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /** A DOCX of one table with {@code rows} rows of three cells (100,000 rows: about 1.5 MB). */
    public static byte[] docxWithRows(int rows) {
        StringBuilder body = new StringBuilder(rows * 200);
        body.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                .append("<w:p><w:r><w:t>政府信息公开工作年度报告</w:t></w:r></w:p><w:tbl>");
        for (int i = 0; i < rows; i++) {
            body.append("<w:tr>");
            for (int c = 0; c < 3; c++) {
                body.append("<w:tc><w:p><w:r><w:t>").append(i * 3 + c).append("</w:t></w:r></w:p></w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl><w:sectPr/></w:body></w:document>");
        return docx(body.toString());
    }

    /** A minimal DOCX package around a {@code word/document.xml}. */
    public static byte[] docx(String documentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(z, "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** A one-page PDF ruled by {@code lines} horizontal and {@code lines} vertical lines, 3 pt apart. */
    public static byte[] rulingGridPdf(int lines) {
        return pdf((doc, page) -> {
            float step = 3;
            float size = lines * step;
            page.setMediaBox(new PDRectangle(size, size));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(0.1f);
                for (int i = 0; i < lines; i++) {
                    cs.moveTo(0, i * step);
                    cs.lineTo(size, i * step);
                    cs.moveTo(i * step, 0);
                    cs.lineTo(i * step, size);
                }
                cs.stroke();
            }
        });
    }

    /**
     * A one-page PDF whose content stream is {@code inflatedBytes} of blanks compressed with Flate (3 GB
     * compress to about 3 MB): a flate bomb.
     */
    public static byte[] flateBombPdf(long inflatedBytes) {
        byte[] compressed = deflatedBlanks(inflatedBytes);
        return pdf((doc, page) -> {
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(compressed);
            }
            page.setContents(new PDStream(stream));
        });
    }

    /**
     * {@code n} blanks in the zlib format, made in a moment however large {@code n}: after the first full
     * flush every megabyte of blanks compresses to the same bytes, which are repeated; the checksum is
     * computed over the real length.
     */
    static byte[] deflatedBlanks(long n) {
        int block = 1 << 20;
        byte[] blanks = new byte[block];
        Arrays.fill(blanks, (byte) ' ');
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(d, blanks);
        byte[] repeat = flushed(d, blanks);
        if (!Arrays.equals(repeat, flushed(d, blanks))) {
            throw new IllegalStateException("flushed blocks of blanks differ; cannot build the bomb this way");
        }
        long blocks = Math.max(1, n / block);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xDA);
        out.writeBytes(first);
        Adler32 sum = new Adler32();
        sum.update(blanks);
        for (long i = 1; i < blocks; i++) {
            out.writeBytes(repeat);
            sum.update(blanks);
        }
        d.finish();
        byte[] buf = new byte[64];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        long v = sum.getValue();
        out.write((int) (v >>> 24) & 0xff);
        out.write((int) (v >>> 16) & 0xff);
        out.write((int) (v >>> 8) & 0xff);
        out.write((int) v & 0xff);
        return out.toByteArray();
    }

    private static byte[] flushed(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        return out.toByteArray();
    }

    private interface PageWriter {
        void write(PDDocument doc, PDPage page) throws IOException;
    }

    private static byte[] pdf(PageWriter writer) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            writer.write(doc, page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX whose document part is {@code megabytes} MB of zeros that compress to almost nothing. */
    public static byte[] zipBombDocx(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", "<Types/>");
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A PDF of {@code pages} empty pages. */
    public static byte[] manyPagesPdf(int pages) {
        return pdf((doc, first) -> {
            for (int i = 1; i < pages; i++) {
                doc.addPage(new PDPage());
            }
        });
    }

    /** The PDF encrypted with a user password: it cannot be opened without it. */
    public static byte[] passwordProtected(byte[] pdf, String password) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** About 40 KB of HTML tables whose cells claim huge row and column spans. */
    public static byte[] spanBombHtml() {
        StringBuilder b = new StringBuilder("<html><body><p>政府信息公开工作年度报告</p>");
        for (int t = 0; t < 5; t++) {
            b.append("<table>");
            for (int r = 0; r < 100; r++) {
                b.append("<tr><td rowspan=\"65534\" colspan=\"1000\">").append(r).append("</td>")
                        .append("<td rowspan=\"65534\" colspan=\"1000\">x</td></tr>");
            }
            b.append("</table>");
        }
        return b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** HTML nested {@code depth} elements deep. */
    public static byte[] deepNestingHtml(int depth) {
        StringBuilder b = new StringBuilder(depth * 12).append("<html><body>");
        for (int i = 0; i < depth; i++) {
            b.append(i % 2 == 0 ? "<div>" : "<span>");
        }
        b.append("政府信息公开工作年度报告");
        return b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bytes} copies of one character (10 MB of {@code |} or of tabs). */
    public static byte[] flood(char c, int bytes) {
        byte[] b = new byte[bytes];
        Arrays.fill(b, (byte) c);
        return b;
    }

    /** The first part of a document, as a broken download leaves it. */
    public static byte[] truncated(byte[] document, double keep) {
        return Arrays.copyOf(document, Math.max(1, (int) (document.length * keep)));
    }

    /** A document with {@code flips} random bytes overwritten (reproducible by its seed). */
    public static byte[] fuzzed(byte[] document, long seed, int flips) {
        byte[] b = document.clone();
        Random r = new Random(seed);
        for (int i = 0; i < flips; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    /** Converts a DOCX to the legacy Word format with LibreOffice ({@code soffice}, a real producer). */
    public static byte[] docFromDocx(byte[] docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dw-doc");
        try {
            Path in = dir.resolve("report.docx");
            Files.write(in, docx);
            Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                    "--convert-to", "doc", "--outdir", dir.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("soffice did not convert within 120 s");
            }
            Path doc = dir.resolve("report.doc");
            if (!Files.exists(doc)) {
                throw new IOException("soffice made no DOC: " + Files.readString(dir.resolve("soffice.log")));
            }
            return Files.readAllBytes(doc);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
