package org.disclosurewatch.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.TableBuilder;

/**
 * Reads a legacy Word (DOC) document with POI HWPF: paragraphs and tables in order; horizontally merged
 * cells come as one cell, vertically merged continuation cells are marked as copies.
 */
public final class DocExtractor {
    private DocExtractor() {
    }

    public static ExtractedDocument extract(byte[] content, Deadline deadline) throws DocumentParseException {
        List<Block> blocks = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = doc.getRange();
            int tables = 0;
            int i = 0;
            int n = range.numParagraphs();
            while (i < n) {
                if ((i & 255) == 0) {
                    deadline.check();
                }
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                    blocks.add(table(t, tables++));
                    i += Math.max(1, t.numParagraphs());
                    continue;
                }
                String text = clean(p.text());
                if (!text.isBlank()) {
                    blocks.add(new Paragraph(text.strip(), p.getStartOffset()));
                }
                i++;
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentParseException("the DOC document is corrupt or cannot be read: " + e.getMessage(), e);
        }
        return new ExtractedDocument(blocks, List.of());
    }

    private static org.disclosurewatch.parser.document.Table table(org.apache.poi.hwpf.usermodel.Table t, int index) {
        TableBuilder b = new TableBuilder();
        for (int r = 0; r < t.numRows(); r++) {
            b.startRow();
            var row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    b.addContinuation(1);
                } else {
                    b.addCell(clean(cell.text()).strip(), 1, 1);
                }
            }
        }
        return b.build(index);
    }

    /** Removes Word's cell and field marks. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0007' || c == '\u0013' || c == '\u0014' || c == '\u0015' || c == '\u0001') {
                continue;
            }
            b.append(c == '\r' || c == '\u000b' ? '\n' : c);
        }
        return b.toString();
    }
}
