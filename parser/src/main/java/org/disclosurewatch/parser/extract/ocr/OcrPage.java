package org.disclosurewatch.parser.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.OcrReading;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableBuilder;

/**
 * Reads one page image: straightens it, finds its tables by their rulings ({@link RulingGrid}), erases the
 * rulings, and cuts every text line of every table cell, and every line of text between tables, out as a band
 * of its own; the bands are stacked one under the other with even gaps (black ink on white: no specks, no
 * rulings, no background) and read in one Tesseract run per page, each word going back to the band, so the
 * cell, its box centre lies in. Tesseract reads a lone digit far better among other lines than on its own. Text outside tables becomes paragraphs, one per line, in reading order.
 */
public final class OcrPage {
    /** Largest skew straightened, in degrees. */
    static final double MAX_SKEW = 3;
    /** White pixels around the stacked image. */
    static final int PAD = 24;
    /** White pixels between two bands of the stacked image. */
    static final int GAP = 48;
    /** Tallest stacked image sent in one run; further bands go in further runs. */
    static final int MAX_STACK = 24_000;
    /** Fewest dark pixels for a cell to hold any text. */
    static final int MIN_INK = 16;
    /** Tesseract: one uniform block of text. */
    static final int PSM_BLOCK = 6;

    private OcrPage() {
    }

    /** What one page gave: its blocks, the number of tables, its skew and how many bands were read. */
    public record Result(List<Block> blocks, int tables, double skewDegrees, Map<Integer, List<List<Float>>> lefts) {
    }

    /** One stretch of the page sent to Tesseract: a cell (or a text strip when {@code cell} is null). */
    private record Band(int x0, int y0, int x1, int y1, RulingGrid.Cell cell, int grid) {
        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }
    }

    /**
     * @param gray       the page in gray levels
     * @param firstTable the document index of this page's first table
     * @param timeout    longest time the Tesseract calls of this page may take
     */
    public static Result read(BufferedImage gray, int firstTable, Duration timeout) throws IOException {
        BufferedImage page = BinaryImage.gray(gray);
        BinaryImage bin = BinaryImage.of(page);
        double skew = bin.skewDegrees(MAX_SKEW);
        if (skew != 0) {
            page = BinaryImage.rotate(page, -skew);
            bin = BinaryImage.of(page);
        }
        RulingGrid.Found found = RulingGrid.find(bin);
        erase(bin, found.lines());
        List<RulingGrid.Grid> grids = found.grids();
        List<Band> bands = bands(bin, grids);
        List<List<OcrWord>> words = ocr(bin, bands, timeout);
        List<Block> blocks = new ArrayList<>();
        int table = firstTable;
        int g = -1;
        TableBuilder builder = null;
        int row = -1;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.cell() == null) {
                if (builder != null) {
                    blocks.add(builder.build(table++));
                    builder = null;
                }
                double confidence = WordText.confidence(words.get(i));
                for (String line : WordText.lines(words.get(i))) {
                    if (!line.isBlank()) {
                        blocks.add(new Paragraph(line, 0, new OcrReading(confidence, line,
                                confidence < OcrNumbers.LOW_CONFIDENCE ? "low OCR confidence (" + Math.round(confidence) + "%)" : null)));
                    }
                }
                continue;
            }
            if (b.grid() != g) {
                if (builder != null) {
                    blocks.add(builder.build(table++));
                }
                builder = new TableBuilder();
                g = b.grid();
                row = -1;
            }
            RulingGrid.Cell c = b.cell();
            while (row < c.r0()) {
                builder.startRow();
                row++;
            }
            List<OcrWord> cellWords = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            boolean ink = false;
            while (true) {
                ink |= bands.get(i).height() > 0;
                cellWords.addAll(words.get(i));
                lines.addAll(WordText.lines(words.get(i)));
                if (i + 1 < bands.size() && c.equals(bands.get(i + 1).cell()) && bands.get(i + 1).grid() == g) {
                    i++;
                } else {
                    break;
                }
            }
            String printed = String.join("\n", lines);
            OcrNumbers.Accepted a = OcrNumbers.accept(printed, WordText.confidence(cellWords), ink);
            if (OcrNumbers.hasCjk(a.text())) {
                a = new OcrNumbers.Accepted(OcrLabels.snap(a.text()), a.reading());
            }
            builder.addCell(a.text(), c.r1() - c.r0() + 1, c.c1() - c.c0() + 1, a.reading());
        }
        if (builder != null) {
            blocks.add(builder.build(table));
        }
        // each table cell's left edge in points, row by row, to join a row cut by a page break (SplitRows)
        Map<Integer, List<List<Float>>> lefts = new HashMap<>();
        for (int k = 0; k < grids.size(); k++) {
            RulingGrid.Grid grid = grids.get(k);
            List<List<Float>> rows = new ArrayList<>();
            for (int r = 0; r < grid.rows(); r++) {
                List<Float> xs = new ArrayList<>();
                for (int c = 0; c < grid.cols(); c++) {
                    xs.add(grid.xs()[c] * 72f / OcrReader.DPI);
                }
                rows.add(xs);
            }
            lefts.put(firstTable + k, rows);
        }
        return new Result(blocks, grids.size(), skew, lefts);
    }

    /** Clears the rulings' pixels (a pixel more on each side), so that no stroke of them is read as text. */
    static void erase(BinaryImage bin, List<RulingGrid.Line> lines) {
        for (RulingGrid.Line l : lines) {
            int half = l.thickness() / 2 + 2;
            for (int p = l.pos() - half; p <= l.pos() + half; p++) {
                for (int a = l.start() - 1; a <= l.end(); a++) {
                    int x = l.horizontal() ? a : p;
                    int y = l.horizontal() ? p : a;
                    if (x >= 0 && y >= 0 && x < bin.width() && y < bin.height()) {
                        bin.set(x, y, false);
                    }
                }
            }
        }
    }

    /**
     * The bands in reading order: the text between tables (the page's full width) and every cell of every
     * table that holds ink (empty cells are not sent), each cut down to its ink.
     */
    static List<Band> bands(BinaryImage bin, List<RulingGrid.Grid> grids) {
        List<Band> out = new ArrayList<>();
        int y = 0;
        for (int gi = 0; gi <= grids.size(); gi++) {
            int end = gi < grids.size() ? grids.get(gi).top() - RulingGrid.TOLERANCE : bin.height();
            if (end > y) {
                int[] ink = bin.inkBox(0, y, bin.width(), end, MIN_INK);
                if (ink != null) {
                    for (int[] line : textLines(bin, ink)) {
                        int[] box = bin.inkBox(ink[0], line[0], ink[2], line[1], MIN_INK);
                        if (box != null) {
                            out.add(new Band(box[0], box[1], box[2], box[3], null, -1));
                        }
                    }
                }
            }
            if (gi == grids.size()) {
                break;
            }
            RulingGrid.Grid grid = grids.get(gi);
            for (RulingGrid.Cell c : grid.cells()) {
                int[] ink = bin.inkBox(c.left() + 2, c.top() + 2, c.right() - 1, c.bottom() - 1, MIN_INK);
                if (ink != null) {
                    for (int[] line : textLines(bin, ink)) {
                        int[] box = bin.inkBox(ink[0], line[0], ink[2], line[1], 1);
                        if (box != null) {
                            out.add(new Band(box[0], box[1], box[2], box[3], c, gi));
                        }
                    }
                } else {
                    out.add(new Band(c.left(), c.top(), c.left(), c.top(), c, gi));
                }
            }
            y = Math.max(y, grid.bottom() + RulingGrid.TOLERANCE);
        }
        return out;
    }

    /**
     * The text lines inside an ink box, as row ranges {top, bottom}: stretches of rows with ink parted by
     * empty rows; a stretch much lower than the tallest (a stroke of a character such as 二, a stray mark)
     * goes with its nearer neighbour.
     */
    static List<int[]> textLines(BinaryImage bin, int[] ink) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = ink[1]; y <= ink[3]; y++) {
            boolean any = y < ink[3] && bin.count(ink[0], y, ink[2], y + 1) > 0;
            if (any && start < 0) {
                start = y;
            } else if (!any && start >= 0) {
                runs.add(new int[] {start, y});
                start = -1;
            }
        }
        int tallest = runs.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
        boolean merged = true;
        while (merged && runs.size() > 1) {
            merged = false;
            for (int i = 0; i < runs.size(); i++) {
                int[] r = runs.get(i);
                if (r[1] - r[0] >= tallest * 0.6) {
                    continue;
                }
                int gapUp = i > 0 ? r[0] - runs.get(i - 1)[1] : Integer.MAX_VALUE;
                int gapDown = i + 1 < runs.size() ? runs.get(i + 1)[0] - r[1] : Integer.MAX_VALUE;
                int j = gapUp <= gapDown ? i - 1 : i + 1;
                int[] other = runs.get(j);
                runs.set(Math.min(i, j), new int[] {Math.min(r[0], other[0]), Math.max(r[1], other[1])});
                runs.remove(Math.max(i, j));
                merged = true;
                break;
            }
        }
        return runs;
    }

    /**
     * The words of every band, one Tesseract run per stacked image: the bands one under the other, black ink
     * on white, an even gap between them; each word goes to the band its box centre lies in.
     */
    private static List<List<OcrWord>> ocr(BinaryImage bin, List<Band> bands, Duration timeout) throws IOException {
        List<List<OcrWord>> out = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            out.add(new ArrayList<>());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        int from = 0;
        while (from < bands.size()) {
            int to = from;
            int height = 2 * PAD;
            int width = 0;
            int[] tops = new int[bands.size()];
            while (to < bands.size() && (to == from || height + bands.get(to).height() + GAP <= MAX_STACK)) {
                Band b = bands.get(to);
                if (b.height() > 0) {
                    tops[to] = height - PAD;
                    height += b.height() + GAP;
                    width = Math.max(width, b.width());
                }
                to++;
            }
            if (width > 0) {
                BufferedImage stack = new BufferedImage(width + 2 * PAD, height, BufferedImage.TYPE_BYTE_GRAY);
                byte[] px = ((DataBufferByte) stack.getRaster().getDataBuffer()).getData();
                Arrays.fill(px, (byte) 0xff);
                int sw = stack.getWidth();
                for (int i = from; i < to; i++) {
                    Band b = bands.get(i);
                    for (int y = b.y0(); y < b.y1(); y++) {
                        int row = (PAD + tops[i] + y - b.y0()) * sw + PAD;
                        for (int x = b.x0(); x < b.x1(); x++) {
                            if (bin.dark(x, y)) {
                                px[row + x - b.x0()] = 0;
                            }
                        }
                    }
                }
                Duration left = Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
                for (OcrWord w : TesseractCli.read(stack, PSM_BLOCK, left)) {
                    int cy = w.centreY() - PAD;
                    for (int i = from; i < to; i++) {
                        Band b = bands.get(i);
                        if (b.height() > 0 && cy >= tops[i] - GAP / 2 && cy < tops[i] + b.height() + GAP / 2) {
                            out.get(i).add(w);
                            break;
                        }
                    }
                }
            }
            from = to;
        }
        return out;
    }
}
