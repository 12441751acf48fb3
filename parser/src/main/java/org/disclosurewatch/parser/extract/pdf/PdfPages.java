package org.disclosurewatch.parser.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;

/**
 * Reads every page of a loaded PDF into blocks, in page order. Running headers and footers (a line in the
 * top or bottom margin repeated on several pages, page numbers aside) are dropped, and a table row cut by a
 * page break is joined again ({@link SplitRows}).
 */
public final class PdfPages {
    /** Share of the page height at the top and at the bottom taken as margins. */
    private static final float MARGIN = 0.1f;
    /** Points within which a running header or footer is printed at the same height on every page. */
    private static final float RUNNING_POSITION = 6f;

    private PdfPages() {
    }

    /** One laid-out page. */
    private record Page(List<PageLayout.Placed> placed, float height) {
    }

    public static List<Block> read(PDDocument doc, Deadline deadline) throws IOException, DocumentParseException {
        List<Page> pages = new ArrayList<>();
        int[] tables = {0};
        int glyphCount = 0;
        int images = 0;
        List<List<Ruling>> allRulings = new ArrayList<>();
        List<List<Glyph>> allGlyphs = PageReader.glyphs(doc, deadline, allRulings);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            deadline.check();
            PDPage page = doc.getPage(i);
            List<Glyph> glyphs = allGlyphs.get(i);
            glyphCount += glyphs.size();
            float height = page.getCropBox().getHeight();
            pages.add(new Page(new PageLayout(glyphs, allRulings.get(i), height).layout(tables), height));
        }
        if (glyphCount == 0) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                images += PageReader.graphics(doc.getPage(i)).images();
            }
            if (images > 0) {
                throw new ScannedPdfException();
            }
            throw new DocumentParseException("the PDF has no text layer: no text could be extracted");
        }
        Set<String> running = runningLines(pages);
        List<Block> blocks = new ArrayList<>();
        List<List<Float>> lastLefts = null;
        for (Page page : pages) {
            boolean first = true;
            for (PageLayout.Placed p : page.placed()) {
                if (p.block() instanceof Paragraph para && inMargin(p.top(), page.height())
                        && running.contains(runningKey(para.text(), p.top()))) {
                    continue;
                }
                Block b = p.block();
                List<List<Float>> lefts = p.lefts();
                if (first && b instanceof Table below && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) instanceof Table above) {
                    SplitRows.Joined joined = SplitRows.join(above, lastLefts, below, lefts);
                    if (joined != null) {
                        blocks.set(blocks.size() - 1, joined.above());
                        b = joined.below();
                        lefts = joined.belowLefts();
                    }
                }
                first = false;
                if (!(b instanceof Table t && t.rows().isEmpty())) {
                    blocks.add(b);
                    lastLefts = lefts;
                }
            }
        }
        return blocks;
    }

    /** Margin lines that recur on at least two pages (their digits aside: "第 3 页", dates). */
    private static Set<String> runningLines(List<Page> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (Page page : pages) {
            Set<String> onPage = new HashSet<>();
            for (PageLayout.Placed p : page.placed()) {
                if (p.block() instanceof Paragraph para && inMargin(p.top(), page.height())) {
                    onPage.add(runningKey(para.text(), p.top()));
                }
            }
            onPage.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        seen.forEach((k, n) -> {
            if (n >= 2 && !k.endsWith("@")) {
                out.add(k);
            }
        });
        return out;
    }

    private static boolean inMargin(float top, float height) {
        return top < height * MARGIN || top > height * (1 - MARGIN);
    }

    /** A margin line's text, its digits folded, with its height on the page (a running line keeps its place). */
    private static String runningKey(String text, float top) {
        StringBuilder b = new StringBuilder().append(Math.round(top / RUNNING_POSITION)).append('@');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (b.charAt(b.length() - 1) != '#') {
                    b.append('#');
                }
            } else if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
