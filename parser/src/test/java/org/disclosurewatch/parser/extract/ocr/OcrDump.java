package org.disclosurewatch.parser.extract.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;
import org.disclosurewatch.parser.extract.PdfExtractor;
import org.junit.jupiter.api.Test;

/** Prints what OCR makes of a file named by {@code -Docr.dump=path} (a tool for looking, not a test). */
class OcrDump {
    @Test
    void dump() throws Exception {
        String file = System.getProperty("ocr.dump");
        if (file == null) {
            return;
        }
        if (System.getProperty("ocr.debug") != null) {
            System.setProperty("dw.ocr.debug-dir", System.getProperty("ocr.debug"));
        }
        long t = System.nanoTime();
        ExtractedDocument doc = PdfExtractor.extract(Files.readAllBytes(Path.of(file)), ParserLimits.defaults(), Deadline.none());
        System.out.printf("%.1f s%n", (System.nanoTime() - t) / 1e9);
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                System.out.println("P " + p.text());
            } else if (b instanceof Table tb) {
                System.out.println("TABLE " + tb.index());
                for (var row : tb.rows()) {
                    StringBuilder s = new StringBuilder("  |");
                    for (TableCell c : row) {
                        s.append(c.spanCopy() ? "^" : c.text().replace("\n", "⏎")).append(c.ocr() == null ? "" : "(" + Math.round(c.ocr().confidence()) + ")").append(" |");
                    }
                    System.out.println(s);
                }
            }
        }
    }
}
