package org.disclosurewatch.parser.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.document.Block;

/** Reads every page of a loaded PDF into blocks, in page order. */
public final class PdfPages {
    private PdfPages() {
    }

    public static List<Block> read(PDDocument doc, Deadline deadline) throws IOException, DocumentParseException {
        List<Block> blocks = new ArrayList<>();
        int[] tables = {0};
        int glyphCount = 0;
        int images = 0;
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            deadline.check();
            PDPage page = doc.getPage(i);
            List<Glyph> glyphs = PageReader.glyphs(doc, i + 1);
            PageReader.Graphics graphics = PageReader.graphics(page);
            glyphCount += glyphs.size();
            images += graphics.images();
            float height = page.getCropBox().getHeight();
            for (PageLayout.Placed p : new PageLayout(glyphs, graphics.rulings(), height).layout(tables)) {
                blocks.add(p.block());
            }
        }
        if (glyphCount == 0) {
            throw new DocumentParseException(images > 0
                    ? "the PDF is scanned: its pages are images with no text layer; it needs OCR before it can be read"
                    : "the PDF has no text layer: no text could be extracted");
        }
        return blocks;
    }
}
