package org.disclosurewatch.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.TableBuilder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word (DOCX) document with POI: paragraphs and tables in body order, merged cells (gridSpan,
 * vMerge) expanded. Before POI sees the file, every zip entry is inflated once with a byte budget, so a zip
 * bomb is refused without being expanded in memory.
 */
public final class DocxExtractor {
    private DocxExtractor() {
    }

    public static ExtractedDocument extract(byte[] content, ParserLimits limits, Deadline deadline)
            throws DocumentParseException {
        checkInflatedSize(content, limits.maxDocxUncompressedBytes(), deadline);
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int tables = 0;
            int offset = 0;
            for (IBodyElement el : doc.getBodyElements()) {
                deadline.check();
                if (el instanceof XWPFParagraph p) {
                    for (String line : p.getText().split("[\\n\\r\\u000b]")) {
                        if (!line.isBlank()) {
                            blocks.add(new Paragraph(line.strip(), offset));
                        }
                        offset += line.length() + 1;
                    }
                } else if (el instanceof XWPFTable t) {
                    blocks.add(table(t, tables++));
                }
            }
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new DocumentParseException("the DOCX document is corrupt or truncated: " + e.getMessage(), e);
        }
        return new ExtractedDocument(blocks, List.of());
    }

    private static org.disclosurewatch.parser.document.Table table(XWPFTable t, int index) {
        TableBuilder b = new TableBuilder();
        for (XWPFTableRow row : t.getRows()) {
            b.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continues = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (continues) {
                    b.addContinuation(span);
                } else {
                    b.addCell(cellText(cell), 1, span);
                }
            }
        }
        return b.build(index);
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.getText());
        }
        for (XWPFTable nested : cell.getTables()) {
            sb.append('\n').append(nested.getText());
        }
        return sb.toString().strip();
    }

    /** Counts table rows ({@code <w:tr>} elements) in a stream of XML bytes, across buffer boundaries. */
    static final class RowCounter {
        private static final byte[] TAG = "<w:tr".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private int matched;
        private long rows;

        long add(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (matched == TAG.length) {
                    if (c == '>' || c == ' ' || c == '/' || c == '\n' || c == '\r' || c == '\t') {
                        rows++;
                    }
                    matched = 0;
                }
                if (c == TAG[matched]) {
                    matched++;
                } else {
                    matched = c == TAG[0] ? 1 : 0;
                }
            }
            return rows;
        }
    }

    /**
     * Inflates every entry once, counting real bytes (headers can lie), and refuses the file when the total
     * exceeds the budget or one entry inflates far beyond its compressed size.
     */
    static void checkInflatedSize(byte[] content, long budget, Deadline deadline) throws DocumentParseException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        boolean sawDocument = false;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                deadline.check();
                boolean body = e.getName().equals("word/document.xml");
                sawDocument |= body;
                RowCounter rows = new RowCounter();
                long entry = 0;
                int n;
                while ((n = z.read(buf)) > 0) {
                    if (body && rows.add(buf, n) > TableBuilder.MAX_ROWS) {
                        throw new DocumentParseException("the DOCX document has more than " + TableBuilder.MAX_ROWS
                                + " table rows; an annual report has a few hundred at most");
                    }
                    entry += n;
                    total += n;
                    if (total > budget) {
                        throw new DocumentParseException("the DOCX document inflates to more than " + budget
                                + " bytes (a zip bomb or far too large); refused");
                    }
                    long compressed = Math.max(e.getCompressedSize(), 1);
                    if (entry > 1_000_000 && e.getCompressedSize() > 0
                            && entry / compressed > ParserLimits.MAX_INFLATE_RATIO) {
                        throw new DocumentParseException("the DOCX part " + e.getName() + " inflates more than "
                                + ParserLimits.MAX_INFLATE_RATIO + " times (a zip bomb); refused");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new DocumentParseException("the DOCX document is corrupt or truncated: " + ex.getMessage(), ex);
        }
        if (!sawDocument) {
            throw new DocumentParseException("the DOCX document is corrupt or truncated: no word/document.xml");
        }
    }
}
