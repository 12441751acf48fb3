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
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.extract.pdf.SplitRows;

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
    /**
     * Most pixels a page is read at (an A4 page at 300 dpi has 8.7 million): a larger page is rendered or
     * scaled to fewer dots per inch, so that one page fits the worker's heap.
     */
    static final long PAGE_PIXELS = 24_000_000L;
    /** Most pixels an image document's page may have (a 600 dpi A4 page has 35 million). */
    static final long MAX_PIXELS = 60_000_000L;

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
            var box = doc.getPage(i).getCropBox();
            double inches = Math.max(1e-6, (double) box.getWidth() / 72 * box.getHeight() / 72);
            float dpi = (float) Math.min(DPI, Math.sqrt(PAGE_PIXELS / inches));
            BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
            out.add(image, deadline);
        }
        return out.document(doc.getNumberOfPages(), limits, diagnostics, out.pages);
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
                    BufferedImage image = BinaryImage.gray(reader.read(i));
                    for (int[] rows : slices(image)) {
                        out.add(scaled(copy(image, rows[0], rows[1])), deadline);
                    }
                    out.images++;
                }
                return out.document(frames, limits, List.of(), out.images);
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

    /**
     * A narrow image scaled up to about 300 dpi on an A4 page; a huge one scaled down to {@link #PAGE_PIXELS}.
     */
    static BufferedImage scaled(BufferedImage gray) {
        double pixels = (double) gray.getWidth() * gray.getHeight();
        double f;
        if (pixels > PAGE_PIXELS) {
            f = Math.sqrt(PAGE_PIXELS / pixels);
        } else if (gray.getWidth() < MIN_WIDTH) {
            f = Math.min(Math.min(3.0, (double) TARGET_WIDTH / gray.getWidth()), Math.sqrt(PAGE_PIXELS / pixels));
        } else {
            return gray;
        }
        if (Math.abs(f - 1) < 0.05) {
            return gray;
        }
        BufferedImage out = new BufferedImage((int) Math.round(gray.getWidth() * f), (int) Math.round(gray.getHeight() * f),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(gray, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /**
     * A page image much taller than wide (a whole report in one long image) cut into pieces of about A4
     * proportions, each cut at the row with least ink near where it falls (between lines of text, or across a
     * table where only its column rulings run: the cut row is then closed like a page break).
     *
     * @return the pieces' row ranges {top, bottom}
     */
    static List<int[]> slices(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int piece = (int) Math.round(w * 1.414);
        if (h <= piece * 1.3) {
            return List.<int[]>of(new int[] {0, h});
        }
        byte[] px = ((java.awt.image.DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        List<int[]> out = new ArrayList<>();
        int top = 0;
        while (h - top > piece * 1.3) {
            int target = top + piece;
            int window = piece / 12;
            int best = target;
            long bestInk = Long.MAX_VALUE;
            for (int y = target - window; y <= target + window; y++) {
                long ink = 0;
                for (int x = 0; x < w; x++) {
                    if ((px[y * w + x] & 0xff) < 128) {
                        ink++;
                    }
                }
                if (ink < bestInk) {
                    bestInk = ink;
                    best = y;
                }
            }
            out.add(new int[] {top, best});
            top = best;
        }
        out.add(new int[] {top, h});
        return out;
    }

    /** Rows {@code top} to {@code bottom} of a gray image, as an image of their own. */
    static BufferedImage copy(BufferedImage gray, int top, int bottom) {
        if (top == 0 && bottom == gray.getHeight()) {
            return gray;
        }
        BufferedImage out = new BufferedImage(gray.getWidth(), bottom - top, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((java.awt.image.DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] to = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, top * gray.getWidth(), to, 0, to.length);
        return out;
    }

    /** The pages read so far. */
    private static final class Pages {
        final List<Block> blocks = new ArrayList<>();
        int pages;
        int images;
        int tables;
        double maxSkew;
        final java.util.Map<Integer, List<List<Float>>> lefts = new java.util.HashMap<>();

        void add(BufferedImage image, Deadline deadline) throws DocumentParseException, IOException {
            Duration left = deadline.remaining();
            OcrPage.Result r;
            try {
                r = OcrPage.read(image, tables, left);
            } catch (IOException e) {
                deadline.check();
                throw e;
            }
            List<Block> page = new ArrayList<>(r.blocks());
            java.util.Map<Integer, List<List<Float>>> pageLefts = new java.util.HashMap<>(r.lefts());
            if (!page.isEmpty() && page.get(0) instanceof Table below && !blocks.isEmpty()
                    && blocks.get(blocks.size() - 1) instanceof Table above) {
                // a table row cut by the page break, joined again as the text-layer reader does
                SplitRows.Joined joined = SplitRows.join(above, lefts.get(above.index()), below, r.lefts().get(below.index()));
                if (joined != null) {
                    blocks.set(blocks.size() - 1, joined.above());
                    if (joined.below().rows().isEmpty()) {
                        page.remove(0);
                    } else {
                        page.set(0, joined.below());
                        pageLefts.put(below.index(), joined.belowLefts());
                    }
                }
            }
            blocks.addAll(page);
            lefts.putAll(pageLefts);
            tables += r.tables();
            maxSkew = Math.max(maxSkew, Math.abs(r.skewDegrees()));
            pages++;
        }

        ExtractedDocument document(int total, ParserLimits limits, List<String> before, int read) {
            List<String> diagnostics = new ArrayList<>(before);
            diagnostics.add(readByOcr(read));
            if (total > read) {
                diagnostics.add("only the first " + read + " of " + total + " pages were read by OCR (the limit is "
                        + limits.maxOcrPages() + ")");
            }
            if (maxSkew > 0) {
                diagnostics.add(String.format(java.util.Locale.ROOT, "scanned pages turned by up to %.1f° were straightened", maxSkew));
            }
            return new ExtractedDocument(blocks, List.of(), diagnostics);
        }
    }
}
