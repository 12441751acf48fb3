package org.disclosurewatch.testkit.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Renders a report as an A4 PDF with an embedded CJK font ({@link CjkFont}): title, preamble, the six
 * parts, tables drawn with ruling lines and text placed in the cells (merged cells drawn as one box; long
 * tables continue on the next page with their column headers repeated), page numbers at the foot of each
 * page and the signature block.
 */
public final class PdfRenderer implements ReportRenderer {
    private static final float MARGIN_X = 50;
    private static final float TOP = 780;
    private static final float BOTTOM = 60;
    private static final float BODY_SIZE = 10.5f;
    private static final float TABLE_SIZE = 8f;
    private static final float PAD = 3f;

    @Override
    public RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Canvas canvas = new Canvas(doc, CjkFont.load(doc));
            canvas.newPage();
            for (String line : ReportText.titleLines(report, options.titleOnTwoLines())) {
                canvas.centered(line, 16);
            }
            canvas.gap(8);
            canvas.paragraph(ReportText.preamble(report), BODY_SIZE, true);
            FormTables tables = new FormTables(report, options);
            List<TableGrid> grids = tables.all();
            for (int part = 0; part < 6; part++) {
                canvas.gap(4);
                canvas.paragraph(ReportText.PART_HEADINGS.get(part), 12, true);
                if (part == 1 || part == 2 || part == 3) {
                    canvas.table(grids.get(part - 1));
                } else {
                    String key = part == 0 ? AnnualReport.PART1 : part == 4 ? AnnualReport.PART5 : AnnualReport.PART6;
                    for (String p : ReportText.paragraphs(report, key)) {
                        canvas.paragraph(p, BODY_SIZE, true);
                    }
                }
            }
            canvas.gap(16);
            canvas.right(report.agency(), BODY_SIZE);
            String date = ReportText.date(report.signedOn());
            if (date != null) {
                canvas.right(date, BODY_SIZE);
            }
            canvas.finish();
            doc.save(out);
            return new RenderedDocument(out.toByteArray(), "application/pdf", "pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages being drawn, with a cursor moving down the current one. */
    private static final class Canvas {
        private final PDDocument doc;
        private final PDType0Font font;
        private final List<PDPageContentStream> streams = new ArrayList<>();
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
        private float y;

        Canvas(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            streams.add(new PDPageContentStream(doc, page));
            y = TOP;
        }

        private PDPageContentStream stream() {
            return streams.get(streams.size() - 1);
        }

        void gap(float points) {
            y -= points;
        }

        private float leading(float size) {
            return size * 1.5f;
        }

        void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void centered(String text, float size) throws IOException {
            ensure(leading(size));
            y -= leading(size);
            show(stream(), MARGIN_X + (width - width(text, size)) / 2, y, text, size);
        }

        void right(String text, float size) throws IOException {
            ensure(leading(size));
            y -= leading(size);
            show(stream(), MARGIN_X + width - width(text, size) - 20, y, text, size);
        }

        void paragraph(String text, float size, boolean indent) throws IOException {
            List<String> lines = wrap((indent ? "\u3000\u3000" : "") + text, width, size);
            for (String line : lines) {
                ensure(leading(size));
                y -= leading(size);
                show(stream(), MARGIN_X, y, line.replace('\u3000', ' ').stripLeading().isEmpty() ? "" : line, size);
            }
        }

        /** Draws a table; rows that do not fit go to the next page, below the repeated header rows. */
        void table(TableGrid grid) throws IOException {
            float[] x = new float[grid.columns() + 1];
            double[] widths = grid.widths();
            x[0] = MARGIN_X;
            for (int c = 0; c < grid.columns(); c++) {
                x[c + 1] = x[c] + (float) (widths[c] * width);
            }
            float line = leading(TABLE_SIZE) * 0.85f;
            float[] heights = new float[grid.rowCount()];
            for (int r = 0; r < grid.rowCount(); r++) {
                heights[r] = line + 2 * PAD;
            }
            for (int r = 0; r < grid.rowCount(); r++) {
                for (GridCell cell : grid.row(r)) {
                    float need = lines(cell, x).size() * line + 2 * PAD;
                    float have = 0;
                    for (int i = r; i < r + cell.rowSpan(); i++) {
                        have += heights[i];
                    }
                    if (need > have) {
                        heights[r + cell.rowSpan() - 1] += need - have;
                    }
                }
            }
            // place rows on pages
            List<float[]> placed = new ArrayList<>();               // {row, page, top}
            gap(4);
            for (int r = 0; r < grid.rowCount(); r++) {
                if (y - heights[r] < BOTTOM) {
                    newPage();
                    if (r >= grid.headerRows()) {
                        for (int h = 0; h < grid.headerRows(); h++) {
                            placed.add(new float[] {h, streams.size() - 1, y});
                            y -= heights[h];
                        }
                    }
                }
                placed.add(new float[] {r, streams.size() - 1, y});
                y -= heights[r];
            }
            // draw each cell where its first row is placed, one box per page it covers
            for (int k = 0; k < placed.size(); k++) {
                int r = (int) placed.get(k)[0];
                for (GridCell cell : grid.row(r)) {
                    int last = r + cell.rowSpan() - 1;
                    boolean first = true;
                    int j = k;
                    while (j < placed.size()) {
                        int page = (int) placed.get(j)[1];
                        float top = placed.get(j)[2];
                        float bottom = top;
                        while (j < placed.size() && (int) placed.get(j)[1] == page) {
                            int row = (int) placed.get(j)[0];
                            if (row > last || (row < r && cell.row() >= grid.headerRows())) {
                                if (row > last) {
                                    break;
                                }
                                j++;
                                continue;
                            }
                            if (row < r) {
                                break;
                            }
                            bottom = placed.get(j)[2] - heights[row];
                            j++;
                        }
                        if (bottom < top) {
                            box(streams.get(page), cell, x, top, bottom, first, line);
                            first = false;
                        }
                        if (j >= placed.size() || (int) placed.get(j)[0] > last
                                || cell.row() < grid.headerRows()) {
                            break;
                        }
                        while (j < placed.size() && (int) placed.get(j)[1] == page) {
                            j++;
                        }
                    }
                }
            }
            gap(6);
        }

        private List<String> lines(GridCell cell, float[] x) {
            float w = x[cell.col() + cell.colSpan()] - x[cell.col()] - 2 * PAD;
            List<String> out = new ArrayList<>();
            for (String l : cell.lines()) {
                out.addAll(wrap(l, w, TABLE_SIZE));
            }
            return out;
        }

        private void box(PDPageContentStream cs, GridCell cell, float[] x, float top, float bottom, boolean withText,
                         float line) throws IOException {
            float left = x[cell.col()];
            float right = x[cell.col() + cell.colSpan()];
            cs.setLineWidth(0.6f);
            cs.addRect(left, bottom, right - left, top - bottom);
            cs.stroke();
            if (!withText) {
                return;
            }
            List<String> lines = lines(cell, x);
            float block = lines.size() * line;
            float baseline = top - (top - bottom - block) / 2 - line + 2;
            for (String l : lines) {
                float w = width(l, TABLE_SIZE);
                float tx = cell.role() == GridCell.Role.LABEL ? left + PAD : left + (right - left - w) / 2;
                show(cs, tx, baseline, l, TABLE_SIZE);
                baseline -= line;
            }
        }

        void finish() throws IOException {
            for (int p = 0; p < streams.size(); p++) {
                String number = "- " + (p + 1) + " -";
                show(streams.get(p), MARGIN_X + (width - width(number, 9)) / 2, 30, number, 9);
                streams.get(p).close();
            }
        }

        private void show(PDPageContentStream cs, float tx, float ty, String text, float size) throws IOException {
            String printableText = printable(text);
            if (printableText.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(tx, ty);
            cs.showText(printableText);
            cs.endText();
        }

        /** The text without characters the font cannot show. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (printable.computeIfAbsent(cp, this::canShow)) {
                    b.appendCodePoint(cp);
                } else if (Character.isSpaceChar(cp)) {
                    b.append(' ');
                }
            });
            return b.toString();
        }

        private boolean canShow(int codePoint) {
            try {
                return font.encode(new String(Character.toChars(codePoint))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private float width(String text, float size) {
            try {
                return font.getStringWidth(printable(text)) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                return text.length() * size;
            }
        }

        private List<String> wrap(String text, float max, float size) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                float cw = width(String.valueOf(ch), size);
                if (w + cw > max && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(ch);
                w += cw;
            }
            if (line.length() > 0 || out.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }
    }
}
