package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;
import org.disclosurewatch.parser.extract.PlainTextExtractor;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.HeaderSplit;
import org.disclosurewatch.testkit.render.MoneyStyle;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.TextRenderer;
import org.junit.jupiter.api.Test;

/**
 * Text extractions in both table layouts: blank cells printed as empty tab lines, and header words broken
 * over lines in the {@code |} layout, read back cell for cell within a tight time bound.
 */
class TextLayoutTest {
    private static final int REPORTS = 12;
    /** A few kilobytes of text must be read well within this, whatever its layout. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final ReportParser parser = new ReportParser(new ParserLimits(1024 * 1024, 10, 1024 * 1024, BOUND));

    @Test
    void emptyTabLinesAreBlankCellsAndReadingAdvances() throws Exception {
        String text = "标题\n\n\t信息内容\n\t\n\n\t行政许可\n\t\n\t3\n\t\n\n正文一段\n";
        ExtractedDocument doc = assertTimeoutPreemptively(BOUND,
                () -> PlainTextExtractor.extract(text, Deadline.none()));
        List<Table> tables = tables(doc.blocks());
        assertEquals(1, tables.size(), "one table, the trailing empty tab line included: " + doc.blocks());
        List<String> cells = texts(tables.get(0));
        assertEquals(List.of("信息内容", "", "行政许可", "", "3", ""), cells);
        assertTrue(doc.blocks().size() <= text.split("\n").length, "at most one block per line");
    }

    @Test
    void cellOfAPipeTableBrokenOverLinesStaysOneCell() throws Exception {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n结果\n维持 |\n尚未\n审结 |\n总计 | |\n3 |\n\n后文\n";
        ExtractedDocument doc = PlainTextExtractor.extract(text, Deadline.none());
        List<Table> tables = tables(doc.blocks());
        assertEquals(1, tables.size(), "the broken cells do not end the table: " + doc.blocks());
        assertEquals(List.of("行政复议", "结果\n维持", "尚未\n审结", "总计", "3"), texts(tables.get(0)));
    }

    @Test
    void pipeTableIsNotContinuedIntoTheNextPartsHeading() throws Exception {
        String text = "总计 |\n5 |\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n";
        ExtractedDocument doc = PlainTextExtractor.extract(text, Deadline.none());
        assertEquals(2, tables(doc.blocks()).size(), doc.blocks().toString());
    }

    @Test
    void tabLayoutWithEmptyBlankCellsRoundTrips() {
        for (long seed = 29; seed < 29 + REPORTS; seed++) {
            GeneratedReport generated = ReportGenerator.withBlanks(seed).next();
            RenderOptions options = new RenderOptions(false, HeaderSplit.values()[(int) (seed % 3)], seed % 2 == 0,
                    MoneyStyle.values()[(int) (seed % MoneyStyle.values().length)], "", seed % 3 == 0, false,
                    false, false);
            assertRoundTrips(generated, options);
        }
    }

    @Test
    void pipeLayoutWithHeadersBrokenOverLinesRoundTrips() {
        for (long seed = 4; seed < 4 + REPORTS; seed++) {
            GeneratedReport generated = (seed % 2 == 0 ? new ReportGenerator(seed) : ReportGenerator.withBlanks(seed))
                    .next();
            String blank = List.of("", "/", "-", "—").get((int) (seed % 4));
            RenderOptions options = new RenderOptions(false, HeaderSplit.LINE_BREAK, seed % 3 == 0,
                    MoneyStyle.values()[(int) (seed % MoneyStyle.values().length)], blank, seed % 2 == 1, true,
                    false, false);
            assertRoundTrips(generated, options);
        }
    }

    private void assertRoundTrips(GeneratedReport generated, RenderOptions options) {
        RenderedDocument doc = new TextRenderer().render(generated, options);
        AnnualReport actual = assertTimeoutPreemptively(BOUND,
                () -> parser.parse(doc.content(), doc.contentType(), generated.documentUrl()), options.toString());
        AnnualReport expected = generated.report();
        List<String> differences = new ArrayList<>();
        for (String path : expected.form().cells().keySet()) {
            BigDecimal want = expected.cell(path);
            BigDecimal got = actual.cell(path);
            boolean present = actual.hasCell(CellPath.parse(path));
            boolean same = want == null ? got == null && present : got != null && want.compareTo(got) == 0;
            if (!same) {
                differences.add(path + ": expected " + want + ", got " + (present ? got : "no cell"));
            }
        }
        assertEquals(List.of(), differences, options + "\n" + new String(doc.content(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Table> tables(List<Block> blocks) {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> texts(Table t) {
        List<String> out = new ArrayList<>();
        for (TableCell c : t.readingOrder()) {
            out.add(c.text());
        }
        return out;
    }
}
