package org.disclosurewatch.testkit.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a report as a Word document: title, preamble, the six parts, the three tables with merged cells
 * (horizontal merges as {@code gridSpan}, vertical ones as {@code vMerge}) and the signature block.
 */
public final class DocxRenderer implements ReportRenderer {
    /** Printable width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    private static final int TABLE_TWIPS = 8800;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : ReportText.titleLines(report, options.titleOnTwoLines())) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun run = run(p, line);
                run.setBold(true);
                run.setFontSize(18);
            }
            body(doc, ReportText.preamble(report));
            FormTables tables = new FormTables(report, options);
            List<TableGrid> grids = tables.all();
            for (int part = 0; part < 6; part++) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setIndentationFirstLine(640);
                XWPFRun run = run(heading, ReportText.PART_HEADINGS.get(part));
                run.setBold(true);
                switch (part) {
                    case 0 -> ReportText.paragraphs(report, AnnualReport.PART1).forEach(t -> body(doc, t));
                    case 4 -> ReportText.paragraphs(report, AnnualReport.PART5).forEach(t -> body(doc, t));
                    case 5 -> ReportText.paragraphs(report, AnnualReport.PART6).forEach(t -> body(doc, t));
                    default -> table(doc, grids.get(part - 1), options);
                }
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            run(sign, report.agency());
            String date = ReportText.date(report.signedOn());
            if (date != null) {
                XWPFParagraph d = doc.createParagraph();
                d.setAlignment(ParagraphAlignment.RIGHT);
                run(d, date);
            }
            doc.write(out);
            return new RenderedDocument(out.toByteArray(), CONTENT_TYPE, "docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily("仿宋_GB2312");
        run.setFontSize(12);
        run.setText(text);
        return run;
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text);
    }

    private static void table(XWPFDocument doc, TableGrid grid, RenderOptions options) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        double[] widths = grid.widths();
        CTTblGrid ctGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (ctGrid.sizeOfGridColArray() > 0) {
            ctGrid.removeGridCol(0);
        }
        for (double w : widths) {
            ctGrid.addNewGridCol().setW(BigInteger.valueOf(Math.round(w * TABLE_TWIPS)));
        }
        table.setWidth(TABLE_TWIPS);
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < grid.columns(); ) {
                GridCell cell = grid.at(r, c);
                if (cell == null) {
                    c++;
                    continue;
                }
                XWPFTableCell tc = row.addNewTableCell();
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                double w = 0;
                for (int i = cell.col(); i < cell.col() + cell.colSpan(); i++) {
                    w += widths[i];
                }
                pr.addNewTcW().setW(BigInteger.valueOf(Math.round(w * TABLE_TWIPS)));
                if (cell.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                if (cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (cell.row() == r) {
                    fill(tc, cell, options);
                }
                c = cell.col() + cell.colSpan();
            }
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableCell tc, GridCell cell, RenderOptions options) {
        XWPFParagraph first = tc.getParagraphs().get(0);
        if (cell.role() != GridCell.Role.LABEL) {
            first.setAlignment(ParagraphAlignment.CENTER);
        }
        List<String> lines = cell.lines();
        if (lines.size() > 1 && options.headerSplit() == HeaderSplit.PARAGRAPH) {
            run(first, lines.get(0)).setFontSize(10);
            for (int i = 1; i < lines.size(); i++) {
                XWPFParagraph p = tc.addParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, lines.get(i)).setFontSize(10);
            }
            return;
        }
        XWPFRun run = run(first, lines.get(0));
        run.setFontSize(10);
        for (int i = 1; i < lines.size(); i++) {
            run.addBreak();
            run.setText(lines.get(i));
        }
    }
}
