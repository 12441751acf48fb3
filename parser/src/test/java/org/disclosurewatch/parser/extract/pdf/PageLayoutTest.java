package org.disclosurewatch.parser.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;
import org.junit.jupiter.api.Test;

/** Glyphs placed in ruled cells: cells, merged cells, glyphs on a shared edge and outside the grid. */
class PageLayoutTest {
    private static final float[] XS = {100, 200, 300};
    private static final float[] YS = {100, 150, 200};

    /** Every edge of a grid drawn as its own short ruling, as a cell-by-cell producer draws it. */
    private static List<Ruling> grid(boolean mergeFirstRow) {
        List<Ruling> out = new ArrayList<>();
        for (int j = 0; j + 1 < YS.length; j++) {
            for (int i = 0; i < XS.length; i++) {
                if (!(mergeFirstRow && j == 0 && i == 1)) {
                    out.add(new Ruling(XS[i], YS[j], XS[i], YS[j + 1]));
                }
            }
        }
        for (int j = 0; j < YS.length; j++) {
            for (int i = 0; i + 1 < XS.length; i++) {
                out.add(new Ruling(XS[i], YS[j], XS[i + 1], YS[j]));
            }
        }
        return out;
    }

    /** A glyph of size 8 centred on (x, y). */
    private static Glyph at(String text, float x, float y) {
        return new Glyph(text, x - 4, y - 4, 8, 8);
    }

    private static List<List<String>> cells(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (List<TableCell> row : t.rows()) {
            out.add(row.stream().map(TableCell::text).toList());
        }
        return out;
    }

    @Test
    void glyphsGoToTheCellHoldingTheirCentre() {
        List<Glyph> glyphs = List.of(at("1", 150, 125), at("2", 250, 125), at("3", 150, 175), at("4", 250, 175));
        List<PageLayout.Placed> placed = new PageLayout(glyphs, grid(false), 842).layout(new int[1]);
        assertEquals(1, placed.size());
        Table t = assertInstanceOf(Table.class, placed.get(0).block());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), cells(t));
    }

    @Test
    void aGlyphCentredOnASharedEdgeGoesToTheFirstCellInReadingOrder() {
        // on the vertical edge between the two cells of the second row, and on the corner of all four cells
        List<Glyph> glyphs = List.of(at("e", 200, 175), at("c", 200, 150));
        Table t = assertInstanceOf(Table.class, new PageLayout(glyphs, grid(false), 842).layout(new int[1]).get(0).block());
        assertEquals(List.of(List.of("c", ""), List.of("e", "")), cells(t));
    }

    @Test
    void cellsWithoutARulingBetweenThemAreOneCell() {
        List<Glyph> glyphs = List.of(at("甲", 150, 125), at("乙", 250, 125), at("3", 150, 175), at("4", 250, 175));
        Table t = assertInstanceOf(Table.class, new PageLayout(glyphs, grid(true), 842).layout(new int[1]).get(0).block());
        assertEquals(List.of(List.of("甲 乙"), List.of("3", "4")), cells(t));
        assertEquals(0, t.rows().get(0).get(0).col());
        assertEquals(1, t.rows().get(1).get(1).col());
    }

    @Test
    void glyphsOutsideTheGridAreText() {
        List<Glyph> glyphs = List.of(at("1", 150, 125), at("说", 150, 300), at("明", 158, 300));
        List<PageLayout.Placed> placed = new PageLayout(glyphs, grid(false), 842).layout(new int[1]);
        assertEquals(2, placed.size());
        assertInstanceOf(Table.class, placed.get(0).block());
        assertEquals("说明", assertInstanceOf(Paragraph.class, placed.get(1).block()).text());
    }

    @Test
    void oneLongRulingPerGridLineGivesTheSameCellsAsOnePerEdge() {
        List<Ruling> longLines = new ArrayList<>();
        for (float x : XS) {
            longLines.add(new Ruling(x, YS[0], x, YS[YS.length - 1]));
        }
        for (float y : YS) {
            longLines.add(new Ruling(XS[0], y, XS[XS.length - 1], y));
        }
        List<Glyph> glyphs = List.of(at("1", 150, 125), at("2", 250, 125), at("3", 150, 175), at("4", 200, 175));
        Table a = (Table) new PageLayout(glyphs, longLines, 842).layout(new int[1]).get(0).block();
        Table b = (Table) new PageLayout(glyphs, grid(false), 842).layout(new int[1]).get(0).block();
        assertEquals(cells(b), cells(a));
        assertEquals(List.of(List.of("1", "2"), List.of("3 4", "")), cells(a));
    }
}
