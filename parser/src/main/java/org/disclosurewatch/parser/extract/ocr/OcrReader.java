package org.disclosurewatch.parser.extract.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;

/**
 * Reads a scanned PDF or an image document (PNG, JPEG, TIFF) by OCR, page by page ({@link OcrPage}), one page
 * image in memory at a time. The parse's deadline is first extended to the OCR budget
 * ({@link ParserLimits#maxOcrTime()}); at most {@link ParserLimits#maxOcrPages()} pages are read.
 */
public final class OcrReader {
    /** Resolution scanned PDF pages are rendered at. */
    public static final float DPI = 300;
    /** An image narrower than this is scaled up before it is read (Tesseract wants about 300 dpi). */
    static final int MIN_WIDTH = 2000;
    /** The width a narrow image is scaled up to (an A4 page at 300 dpi). */
    static final int TARGET_WIDTH = 2480;
    /** Most pixels an image page may have (a 600 dpi A3 page has about 70 million). */
    static final long MAX_PIXELS = 80_000_000L;

    private OcrReader() {
    }

    /** The diagnostic every OCR'd document carries. */
    public static String readByOcr(int pages) {
        return "read by OCR (tesseract " + TesseractCli.LANGUAGE + "), " + pages + (pages == 1 ? " page" : " pages");
    }

    /** Reads a scanned PDF, its pages rendered in gray at {@link #DPI}. */
    public static ExtractedDocument readPdf(PDDocument doc, ParserLimits limits, Deadline deadline, List<String> diagnostics)
            throws DocumentParseException, IOException {
        start(limits, deadline);
        PDFRenderer renderer = new PDFRenderer(doc);
        int pages = Math.min(doc.getNumberOfPages(), limits.maxOcrPages());
        Pages out = new Pages();
        for (int i = 0; i < pages; i++) {
            deadline.check();
            BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
            out.add(image, deadline);
        }
        return out.document(doc.getNumberOfPages(), limits, diagnostics);
    }

    /** Reads an image document; a TIFF may hold several pages. */
    public static ExtractedDocument readImage(byte[] content, ParserLimits limits, Deadline deadline)
            throws DocumentParseException {
        start(limits, deadline);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DocumentParseException("the image is corrupt or of a kind that cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int frames;
                try {
                    frames = reader.getNumImages(true);
                } catch (IOException | IllegalStateException e) {
                    frames = 1;
                }
                Pages out = new Pages();
                for (int i = 0; i < Math.min(frames, limits.maxOcrPages()); i++) {
                    deadline.check();
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_PIXELS) {
                        throw new DocumentParseException("the image is too large to read: " + reader.getWidth(i) + " × "
                                + reader.getHeight(i) + " pixels, the limit is " + MAX_PIXELS / 1_000_000 + " million");
                    }
                    out.add(scaled(BinaryImage.gray(reader.read(i))), deadline);
                }
                return out.document(frames, limits, List.of());
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new DocumentParseException("the image is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    private static void start(ParserLimits limits, Deadline deadline) throws DocumentParseException {
        if (!TesseractCli.available()) {
            throw new DocumentParseException("the document is a scan or an image and needs OCR, but tesseract with "
                    + TesseractCli.LANGUAGE + " is not installed");
        }
        deadline.extend(limits.maxOcrTime());
    }

    /** A narrow image scaled up to about 300 dpi on an A4 page. */
    static BufferedImage scaled(BufferedImage gray) {
        if (gray.getWidth() >= MIN_WIDTH) {
            return gray;
        }
        double f = Math.min(3.0, (double) TARGET_WIDTH / gray.getWidth());
        BufferedImage out = new BufferedImage((int) Math.round(gray.getWidth() * f), (int) Math.round(gray.getHeight() * f),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(gray, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** The pages read so far. */
    private static final class Pages {
        final List<Block> blocks = new ArrayList<>();
        int pages;
        int tables;
        double maxSkew;

        void add(BufferedImage image, Deadline deadline) throws DocumentParseException, IOException {
            Duration left = deadline.remaining();
            OcrPage.Result r;
            try {
                r = OcrPage.read(image, tables, left);
            } catch (IOException e) {
                deadline.check();
                throw e;
            }
            blocks.addAll(r.blocks());
            tables += r.tables();
            maxSkew = Math.max(maxSkew, Math.abs(r.skewDegrees()));
            pages++;
        }

        ExtractedDocument document(int total, ParserLimits limits, List<String> before) {
            List<String> diagnostics = new ArrayList<>(before);
            diagnostics.add(readByOcr(pages));
            if (total > pages) {
                diagnostics.add("only the first " + pages + " of " + total + " pages were read by OCR (the limit is "
                        + limits.maxOcrPages() + ")");
            }
            if (maxSkew > 0) {
                diagnostics.add(String.format(java.util.Locale.ROOT, "scanned pages turned by up to %.1f° were straightened", maxSkew));
            }
            return new ExtractedDocument(blocks, List.of(), diagnostics);
        }
    }
}
