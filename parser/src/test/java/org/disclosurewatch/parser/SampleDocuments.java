package org.disclosurewatch.parser;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link SampleReport} as DOCX (POI) and PDF (PDFBox, ruled tables, CJK font from
 * {@code fonts-wqy-zenhei}).
 */
final class SampleDocuments {
    static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private SampleDocuments() {
    }

    static byte[] docx(SampleReport r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            r.intro().forEach(p -> doc.createParagraph().createRun().setText(p));
            for (List<List<String>> t : r.part2()) {
                docxTable(doc, t, false);
            }
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            docxTable(doc, r.part3(), true);
            doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            docxTable(doc, r.part4(), false);
            r.closing().forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Rows are written as given; a row shorter than the widest spans its first cell (gridSpan). */
    private static void docxTable(XWPFDocument doc, List<List<String>> rows, boolean mergeGroup) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable();
        int start = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).get(0).startsWith("三、")) {
                start = k;
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            List<String> printed = rows.get(k);
            XWPFTableRow row = k == 0 ? t.getRow(0) : t.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            boolean continues = mergeGroup && start >= 0 && k > start && !printed.get(0).startsWith("四、");
            if (continues) {
                row.addNewTableCell().getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            }
            for (int i = 0; i < printed.size(); i++) {
                XWPFTableCell c = row.addNewTableCell();
                String[] lines = printed.get(i).split("\n");
                c.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int m = 1; m < lines.length; m++) {
                    c.addParagraph().createRun().setText(lines[m]);
                }
                if (printed.get(i).startsWith("三、")) {
                    c.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                }
                int cellsInRow = printed.size() + (continues ? 1 : 0);
                if (i == 0 && !continues && cellsInRow < width) {
                    c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width - cellsInRow + 1));
                }
            }
        }
    }

    /** Options for the PDF: where to break the part 三 table onto the next page (rows), page numbers. */
    static byte[] pdf(SampleReport r, int part3RowsOnFirstPage) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font;
            try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT)) {
                PDFont[] f = new PDFont[1];
                ttc.processAllFonts(ttf -> {
                    if (f[0] == null) {
                        f[0] = PDType0Font.load(doc, ttf, true);
                    }
                });
                font = f[0];
                PdfCanvas canvas = new PdfCanvas(doc, font);
                r.intro().forEach(canvas::line);
                for (List<List<String>> t : r.part2()) {
                    canvas.table(t);
                }
                canvas.line("三、收到和处理政府信息公开申请情况");
                List<List<String>> p3 = r.part3();
                canvas.table(p3.subList(0, part3RowsOnFirstPage));
                canvas.newPage();
                List<List<String>> rest = new ArrayList<>(p3.subList(1, 3)); // repeated header
                rest.addAll(p3.subList(part3RowsOnFirstPage, p3.size()));
                canvas.table(rest);
                canvas.line("四、政府信息公开行政复议、行政诉讼情况");
                canvas.table(r.part4());
                r.closing().forEach(canvas::line);
                canvas.close();
                doc.save(out);
            }
            return out.toByteArray();
        }
    }

    /** Draws lines of text and ruled tables top to bottom, with a page number at the foot of each page. */
    static final class PdfCanvas {
        static final float MARGIN = 40;
        static final float ROW = 16;
        static final float SIZE = 7;
        final PDDocument doc;
        final PDFont font;
        PDPageContentStream cs;
        PDPage page;
        float y;
        int pages;

        PdfCanvas(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pages++;
            text("- " + pages + " -", PDRectangle.A4.getWidth() / 2 - 10, 20);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(String s, float x, float baseline) throws IOException {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }

        void line(String s) {
            try {
                if (y < MARGIN + ROW) {
                    newPage();
                }
                text(s, MARGIN, y - SIZE);
                y -= ROW;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * A ruled table: value columns share one width, the leading label cells share the rest; label text is
         * wrapped to its cell.
         */
        void table(List<List<String>> rows) throws IOException {
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            float total = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float unit = total / (width + 3);
            for (List<String> row : rows) {
                int labels = 0;
                while (labels < row.size() - 1 && !isValue(row.get(labels))) {
                    labels++;
                }
                labels = Math.max(labels, 1);
                float labelWidth = total - unit * (row.size() - labels);
                List<List<String>> wrapped = new ArrayList<>();
                int lines = 1;
                for (int i = 0; i < row.size(); i++) {
                    float w = i < labels ? labelWidth / labels : unit;
                    List<String> parts = wrap(row.get(i), w);
                    wrapped.add(parts);
                    lines = Math.max(lines, parts.size());
                }
                float h = SIZE * 1.4f * lines + 4;
                if (y - h < MARGIN) {
                    newPage();
                }
                float x = MARGIN;
                for (int i = 0; i < row.size(); i++) {
                    float w = i < labels ? labelWidth / labels : unit;
                    cs.addRect(x, y - h, w, h);
                    cs.stroke();
                    List<String> parts = wrapped.get(i);
                    for (int k = 0; k < parts.size(); k++) {
                        drawCellText(parts.get(k), x, w, y - 2 - SIZE - k * SIZE * 1.4f);
                    }
                    x += w;
                }
                y -= h;
            }
            y -= ROW / 2;
        }

        private static boolean isValue(String s) {
            return s.isEmpty() || s.matches("[0-9.§/\\-—]+");
        }

        private static List<String> wrap(String text, float width) {
            int per = Math.max(1, (int) ((width - 3) / SIZE));
            List<String> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                for (int i = 0; i < line.length(); i += per) {
                    out.add(line.substring(i, Math.min(line.length(), i + per)));
                }
                if (line.isEmpty()) {
                    out.add("");
                }
            }
            return out;
        }

        /** Numbers are right-aligned against the cell border (so neighbours nearly touch); a "§" splits a number. */
        private void drawCellText(String s, float x, float w, float baseline) throws IOException {
            if (s.contains("§")) {
                String[] pieces = s.split("§");
                float px = x + 2;
                for (String p : pieces) {
                    text(p, px, baseline);
                    px += font.getStringWidth(p) / 1000 * SIZE + 3;
                }
                return;
            }
            float tw = font.getStringWidth(s) / 1000 * SIZE;
            boolean number = s.matches("[0-9.\\-]+");
            text(s, number ? x + w - tw - 0.3f : x + 1, baseline);
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
