package org.disclosurewatch.parser.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ruling detection and the cell grid, on tables drawn here: straight, turned, specked, with merged cells. */
class RulingGridTest {
    /**
     * A 4 × 3 table at 300 dpi: the first column merged over rows 1–3, the top row merged over all three
     * columns; digits in every other cell and a long dash that must not count as a ruling.
     */
    private static BufferedImage table(double degrees, double specks, long seed) {
        int w = 2000;
        int h = 1400;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        int[] xs = {200, 700, 1200, 1800};
        int[] ys = {200, 400, 600, 800, 1000};
        g.drawLine(xs[0], ys[0], xs[3], ys[0]);
        g.drawLine(xs[0], ys[1], xs[3], ys[1]);
        for (int r = 2; r < ys.length; r++) {
            int from = r == ys.length - 1 ? xs[0] : xs[1]; // the first column is merged below the top row
            g.drawLine(from, ys[r], xs[3], ys[r]);
        }
        g.drawLine(xs[0], ys[0], xs[0], ys[4]);
        g.drawLine(xs[3], ys[0], xs[3], ys[4]);
        g.drawLine(xs[1], ys[1], xs[1], ys[4]);
        g.drawLine(xs[2], ys[1], xs[2], ys[4]);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        for (int r = 1; r < 4; r++) {
            g.drawString(Integer.toString(r * 17), xs[1] + 30, ys[r] + 120);
            g.drawString(Integer.toString(r * 5), xs[2] + 30, ys[r] + 120);
        }
        g.drawLine(300, 1200, 400, 1200); // a dash or underline on its own, not a ruling
        g.dispose();
        if (specks > 0) {
            Random random = new Random(seed);
            for (int i = 0; i < specks * w * h; i++) {
                img.setRGB(random.nextInt(w), random.nextInt(h), random.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }

    private static RulingGrid.Grid onlyGrid(BufferedImage img) {
        BinaryImage bin = BinaryImage.of(img);
        double skew = bin.skewDegrees(3);
        if (skew != 0) {
            bin = BinaryImage.of(BinaryImage.rotate(img, -skew));
        }
        List<RulingGrid.Grid> grids = RulingGrid.find(bin).grids();
        assertEquals(1, grids.size(), "one table");
        return grids.get(0);
    }

    private static void assertShape(RulingGrid.Grid grid) {
        assertEquals(4, grid.rows(), "rows");
        assertEquals(3, grid.cols(), "columns");
        // top row: one cell over three columns; first column: one cell over rows 1-3; 3 × 2 plain cells
        assertEquals(1 + 1 + 6, grid.cells().size(), "merged cells " + grid.cells());
        RulingGrid.Cell top = grid.cells().get(0);
        assertEquals(List.of(0, 0, 0, 2), List.of(top.r0(), top.c0(), top.r1(), top.c1()));
        RulingGrid.Cell left = grid.cells().stream().filter(c -> c.r0() == 1 && c.c0() == 0).findFirst().orElse(null);
        assertNotNull(left);
        assertEquals(3, left.r1(), "first column merged down to the last row");
        assertEquals(0, left.c1());
    }

    @Test
    void straightTableGivesItsGridAndMergedCells() {
        RulingGrid.Grid grid = onlyGrid(table(0, 0, 0));
        assertShape(grid);
        assertEquals(200, grid.left(), 4);
        assertEquals(1000, grid.bottom(), 4);
    }

    @Test
    void tableTurnedByADegreeIsStraightenedFirst() {
        BufferedImage img = table(1.0, 0, 0);
        double skew = BinaryImage.of(img).skewDegrees(3);
        assertEquals(1.0, skew, 0.15, "the skew is measured");
        assertShape(onlyGrid(img));
        assertEquals(-0.7, BinaryImage.of(table(-0.7, 0, 0)).skewDegrees(3), 0.15, "either way");
    }

    @Test
    void specksNeitherBreakRulingsNorMakeNewOnes() {
        assertShape(onlyGrid(table(0.8, 0.002, 7)));
    }

    @Test
    void aPageWithoutRulingsHasNoTable() {
        BufferedImage img = new BufferedImage(1000, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 1000);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        for (int i = 0; i < 10; i++) {
            g.drawString("1234567890 ABCDEFGHIJ", 50, 80 + i * 80);
        }
        g.drawLine(50, 950, 900, 950); // one long line (a footer rule) is not a table
        g.dispose();
        assertTrue(RulingGrid.find(BinaryImage.of(img)).grids().isEmpty());
    }

    @Test
    void rowCutByAPageBreakIsClosedWhereTheColumnRulingsEnd() {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        // the table continues from the previous page: its columns start at y 50, its first ruling across at 200
        for (int x : new int[] {100, 500, 1100}) {
            g.drawLine(x, 50, x, 600);
        }
        for (int y : new int[] {200, 400, 600}) {
            g.drawLine(100, y, 1100, y);
        }
        g.dispose();
        RulingGrid.Grid grid = RulingGrid.find(BinaryImage.of(img)).grids().get(0);
        assertEquals(3, grid.rows(), "the cut row is a row");
        assertEquals(50, grid.top(), 4);
        assertEquals(6, grid.cells().size());
    }

    @Test
    void aColumnRulingOnlyInTheCutRowStillParts() {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int x : new int[] {100, 1100}) {
            g.drawLine(x, 50, x, 600);
        }
        g.drawLine(600, 50, 600, 200); // parts the cut row only; the rows below are one merged cell each
        for (int y : new int[] {200, 400, 600}) {
            g.drawLine(100, y, 1100, y);
        }
        g.dispose();
        RulingGrid.Grid grid = RulingGrid.find(BinaryImage.of(img)).grids().get(0);
        assertEquals(3, grid.rows());
        assertEquals(2, grid.cols(), "the short ruling makes a column");
        assertEquals(4, grid.cells().size(), "two cells in the cut row, one merged cell in each row below");
    }
}
