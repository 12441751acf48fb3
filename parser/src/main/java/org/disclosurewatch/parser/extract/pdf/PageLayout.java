package org.disclosurewatch.parser.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.disclosurewatch.parser.DocumentTooComplexException;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;

/**
 * Rebuilds a page's tables and lines from glyph positions. Where the page draws table rulings, the
 * rulings define the cells: the grid of ruled lines is cut into elementary cells, cells not separated by a
 * ruling are merged (rowspan/colspan), and every glyph goes to the cell that contains it, so digits of
 * adjacent cells never run together and a number drawn in pieces is joined again. Empty ruled cells are
 * kept as blank cells. Glyphs outside the tables form lines of text; page numbers are dropped. Without
 * rulings, a line whose glyphs are separated by wide gaps becomes a table row.
 */
final class PageLayout {
    private static final float SNAP = 2f;
    /** Most crossings of distinct vertical and horizontal rulings a page may have (e.g. 200 × 200). */
    static final long MAX_GRID_POINTS = 40_000;

    private final List<Glyph> glyphs;
    private final List<Ruling> rulings;
    /** The vertical rulings by x, and the others by y, to find the rulings near a cell edge quickly. */
    private final Ruling[] byX;
    private final Ruling[] byY;
    private final float pageHeight;

    PageLayout(List<Glyph> glyphs, List<Ruling> rulings, float pageHeight) {
        this.glyphs = glyphs;
        this.rulings = withCutEdges(rulings);
        this.byX = sorted(this.rulings, true);
        this.byY = sorted(this.rulings, false);
        this.pageHeight = pageHeight;
    }

    /**
     * The rulings with the edges of a table cut by a page break: a browser or word processor that breaks a
     * table over pages draws its side rulings down to the cut (and from the top of the next page) but no line
     * along it. When the topmost vertical rulings start (or the lowest end) where no horizontal ruling is
     * drawn, a horizontal ruling is added there across them.
     */
    static List<Ruling> withCutEdges(List<Ruling> rulings) {
        List<Ruling> verticals = rulings.stream().filter(Ruling::vertical).toList();
        if (verticals.size() < 2) {
            return rulings;
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ruling r : verticals) {
            top = Math.min(top, Math.min(r.y0(), r.y1()));
            bottom = Math.max(bottom, Math.max(r.y0(), r.y1()));
        }
        List<Ruling> out = new ArrayList<>(rulings);
        addCutEdge(rulings, verticals, top, true, out);
        addCutEdge(rulings, verticals, bottom, false, out);
        return out;
    }

    private static void addCutEdge(List<Ruling> rulings, List<Ruling> verticals, float y, boolean top, List<Ruling> out) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        int ending = 0;
        for (Ruling r : verticals) {
            float end = top ? Math.min(r.y0(), r.y1()) : Math.max(r.y0(), r.y1());
            if (Math.abs(end - y) <= SNAP) {
                left = Math.min(left, r.x0());
                right = Math.max(right, r.x0());
                ending++;
            }
        }
        if (ending < 2) {
            return;
        }
        for (Ruling r : rulings) {
            if (r.horizontal() && Math.abs(r.y0() - y) <= SNAP && r.covers((left + right) / 2, y, SNAP)) {
                return;
            }
        }
        out.add(new Ruling(left, y, right, y));
    }

    /**
     * A positioned block, to interleave tables and lines by their top.
     *
     * @param lefts for a ruled table, the left edge of each cell, row by row (parallel to the table's rows);
     *              null otherwise
     */
    record Placed(float top, Block block, List<List<Float>> lefts) {
        Placed(float top, Block block) {
            this(top, block, null);
        }
    }

    /** A cell region with its glyphs. */
    private static final class Region {
        float left;
        float right;
        float top;
        float bottom;
        final List<Glyph> glyphs = new ArrayList<>();
    }

    List<Placed> layout(int[] tableCounter) {
        List<Float> xs = snap(rulings.stream().filter(Ruling::vertical).map(Ruling::x0).toList());
        List<Float> ys = snap(rulings.stream().filter(Ruling::horizontal).map(Ruling::y0).toList());
        if ((long) xs.size() * ys.size() > MAX_GRID_POINTS) {
            throw new DocumentTooComplexException("a page draws a grid of " + xs.size() + " × " + ys.size()
                    + " ruling lines, more than a table of an annual report has; too complex to read");
        }
        List<Region> regions = xs.size() >= 2 && ys.size() >= 2 ? regions(xs, ys) : List.of();
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            Region home = null;
            for (Region r : regions) {
                if (g.centerX() >= r.left && g.centerX() <= r.right && g.centerY() >= r.top && g.centerY() <= r.bottom) {
                    home = r;
                    break;
                }
            }
            if (home == null) {
                free.add(g);
            } else {
                home.glyphs.add(g);
            }
        }
        List<Placed> out = new ArrayList<>();
        out.addAll(tables(regions, tableCounter));
        out.addAll(lines(free, tableCounter));
        out.sort(Comparator.comparingDouble(Placed::top));
        return out;
    }

    private static List<Float> snap(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
                out.add(v);
            }
        }
        return out;
    }

    private boolean ruled(float x0, float y0, float x1, float y1) {
        float mx = (x0 + x1) / 2;
        float my = (y0 + y1) / 2;
        boolean vertical = Math.abs(x0 - x1) < 0.5f;
        Ruling[] index = vertical ? byX : byY;
        float at = vertical ? mx : my;
        for (int i = firstAtLeast(index, at - SNAP, vertical); i < index.length; i++) {
            Ruling r = index[i];
            if ((vertical ? r.x0() : r.y0()) > at + SNAP) {
                break;
            }
            if (r.covers(mx, my, SNAP)) {
                return true;
            }
        }
        return false;
    }

    private static Ruling[] sorted(List<Ruling> rulings, boolean vertical) {
        return rulings.stream().filter(r -> r.vertical() == vertical)
                .sorted(Comparator.comparingDouble(r -> vertical ? r.x0() : r.y0())).toArray(Ruling[]::new);
    }

    private static int firstAtLeast(Ruling[] index, float v, boolean vertical) {
        int lo = 0;
        int hi = index.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((vertical ? index[mid].x0() : index[mid].y0()) < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Ruled cells: elementary grid cells joined where no ruling separates them; unruled areas dropped. */
    private List<Region> regions(List<Float> xs, List<Float> ys) {
        int nx = xs.size() - 1;
        int ny = ys.size() - 1;
        int[] parent = new int[nx * ny];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (i + 1 < nx && !ruled(xs.get(i + 1), ys.get(j), xs.get(i + 1), ys.get(j + 1))) {
                    union(parent, j * nx + i, j * nx + i + 1);
                }
                if (j + 1 < ny && !ruled(xs.get(i), ys.get(j + 1), xs.get(i + 1), ys.get(j + 1))) {
                    union(parent, j * nx + i, (j + 1) * nx + i);
                }
            }
        }
        TreeMap<Integer, Region> byRoot = new TreeMap<>();
        TreeMap<Integer, Boolean> closed = new TreeMap<>();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int root = find(parent, j * nx + i);
                Region r = byRoot.get(root);
                if (r == null) {
                    r = new Region();
                    r.left = xs.get(i);
                    r.right = xs.get(i + 1);
                    r.top = ys.get(j);
                    r.bottom = ys.get(j + 1);
                    byRoot.put(root, r);
                    closed.put(root, true);
                } else {
                    r.left = Math.min(r.left, xs.get(i));
                    r.right = Math.max(r.right, xs.get(i + 1));
                    r.top = Math.min(r.top, ys.get(j));
                    r.bottom = Math.max(r.bottom, ys.get(j + 1));
                }
                boolean ok = (i > 0 && find(parent, j * nx + i - 1) == root || ruled(xs.get(i), ys.get(j), xs.get(i), ys.get(j + 1)))
                        && (i + 1 < nx && find(parent, j * nx + i + 1) == root || ruled(xs.get(i + 1), ys.get(j), xs.get(i + 1), ys.get(j + 1)))
                        && (j > 0 && find(parent, (j - 1) * nx + i) == root || ruled(xs.get(i), ys.get(j), xs.get(i + 1), ys.get(j)))
                        && (j + 1 < ny && find(parent, (j + 1) * nx + i) == root || ruled(xs.get(i), ys.get(j + 1), xs.get(i + 1), ys.get(j + 1)));
                if (!ok) {
                    closed.put(root, false);
                }
            }
        }
        List<Region> out = new ArrayList<>();
        byRoot.forEach((root, r) -> {
            if (closed.get(root) && r.right - r.left > SNAP && r.bottom - r.top > SNAP) {
                out.add(r);
            }
        });
        return out;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Groups regions into tables (a gap between them starts a new table) and orders their cells. */
    private List<Placed> tables(List<Region> regions, int[] counter) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.<Region>comparingDouble(r -> r.top).thenComparingDouble(r -> r.left));
        List<Placed> out = new ArrayList<>();
        List<Region> current = new ArrayList<>();
        float bottom = -1;
        for (Region r : sorted) {
            if (!current.isEmpty() && r.top > bottom + SNAP) {
                out.add(toTable(current, counter));
                current = new ArrayList<>();
            }
            current.add(r);
            bottom = Math.max(bottom, r.bottom);
        }
        if (!current.isEmpty()) {
            out.add(toTable(current, counter));
        }
        return out;
    }

    private Placed toTable(List<Region> regions, int[] counter) {
        List<Float> tops = snap(regions.stream().map(r -> r.top).toList());
        List<Float> lefts = snap(regions.stream().map(r -> r.left).toList());
        List<List<Region>> rows = new ArrayList<>();
        for (int i = 0; i < tops.size(); i++) {
            rows.add(new ArrayList<>());
        }
        for (Region r : regions) {
            rows.get(nearest(tops, r.top)).add(r);
        }
        rows.removeIf(List::isEmpty);
        List<List<TableCell>> cells = new ArrayList<>();
        List<List<Float>> cellLefts = new ArrayList<>();
        for (List<Region> row : rows) {
            row.sort(Comparator.comparingDouble(r -> r.left));
            List<TableCell> out = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            for (Region r : row) {
                out.add(new TableCell(text(r.glyphs), cells.size(), nearest(lefts, r.left), false));
                xs.add(r.left);
            }
            cells.add(out);
            cellLefts.add(xs);
        }
        return new Placed(regions.get(0).top, new Table(counter[0]++, cells), cellLefts);
    }

    private static int nearest(List<Float> values, float v) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (Math.abs(values.get(i) - v) < Math.abs(values.get(best) - v)) {
                best = i;
            }
        }
        return best;
    }

    /** The glyphs of a cell as text: lines top to bottom, glyphs left to right. */
    static String text(List<Glyph> gs) {
        StringBuilder b = new StringBuilder();
        for (List<Glyph> line : toLines(gs)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            Glyph prev = null;
            for (Glyph g : line) {
                if (prev != null && g.x() - (prev.x() + prev.width()) > Math.max(prev.height(), 4f) * 0.8f) {
                    b.append(' ');
                }
                b.append(g.text());
                prev = g;
            }
        }
        return b.toString();
    }

    /** Glyphs grouped into lines by vertical overlap, each sorted left to right. */
    static List<List<Glyph>> toLines(List<Glyph> gs) {
        List<Glyph> sorted = new ArrayList<>(gs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float lineCenter = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.centerY() - lineCenter) > g.height() * 0.5f) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineCenter = g.centerY();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /**
     * Lines outside ruled tables. A line whose glyphs are separated by gaps wider than two characters is a
     * row of an unruled table; consecutive such rows form one table. Page numbers in the margins are dropped.
     */
    private List<Placed> lines(List<Glyph> free, int[] counter) {
        List<Placed> out = new ArrayList<>();
        List<List<TableCell>> rows = new ArrayList<>();
        float rowsTop = 0;
        for (List<Glyph> line : toLines(free)) {
            float top = line.get(0).top();
            String text = text(line);
            if (isPageNumber(text, top)) {
                continue;
            }
            List<List<Glyph>> chunks = chunks(line);
            if (chunks.size() >= 2) {
                if (rows.isEmpty()) {
                    rowsTop = top;
                }
                List<TableCell> row = new ArrayList<>();
                for (List<Glyph> c : chunks) {
                    row.add(new TableCell(text(c), rows.size(), row.size(), false));
                }
                rows.add(row);
                continue;
            }
            if (!rows.isEmpty()) {
                out.add(new Placed(rowsTop, new Table(counter[0]++, rows)));
                rows = new ArrayList<>();
            }
            out.add(new Placed(top, new Paragraph(text, 0)));
        }
        if (!rows.isEmpty()) {
            out.add(new Placed(rowsTop, new Table(counter[0]++, rows)));
        }
        return out;
    }

    private static List<List<Glyph>> chunks(List<Glyph> line) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > Math.max(prev.height(), 4f) * 2f) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        out.add(cur);
        return out;
    }

    private boolean isPageNumber(String text, float top) {
        boolean margin = top < pageHeight * 0.08f || top > pageHeight * 0.9f;
        if (!margin) {
            return false;
        }
        String t = text.replace(" ", "");
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("-—–第页共/PageofＰ".indexOf(c) < 0) {
                return false;
            }
        }
        return digits > 0 && digits <= 4;
    }
}
