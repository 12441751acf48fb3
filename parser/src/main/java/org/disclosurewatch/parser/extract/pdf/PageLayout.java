package org.disclosurewatch.parser.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
        int verticals = 0;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ruling r : rulings) {
            if (r.vertical()) {
                verticals++;
                top = Math.min(top, Math.min(r.y0(), r.y1()));
                bottom = Math.max(bottom, Math.max(r.y0(), r.y1()));
            }
        }
        if (verticals < 2) {
            return rulings;
        }
        List<Ruling> out = new ArrayList<>(rulings);
        addCutEdge(rulings, top, true, out);
        addCutEdge(rulings, bottom, false, out);
        return out;
    }

    private static void addCutEdge(List<Ruling> rulings, float y, boolean top, List<Ruling> out) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        int ending = 0;
        for (Ruling r : rulings) {
            if (!r.vertical()) {
                continue;
            }
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
        /** The elementary grid cells its bounds span: columns {@code i0..i1}, rows {@code j0..j1}. */
        int i0;
        int i1;
        int j0;
        int j1;
        final List<Glyph> glyphs = new ArrayList<>();

        boolean contains(float x, float y) {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    }

    List<Placed> layout(int[] tableCounter) {
        int nv = 0;
        int nh = 0;
        for (Ruling r : rulings) {
            nv += r.vertical() ? 1 : 0;
            nh += r.horizontal() ? 1 : 0;
        }
        float[] vx = new float[nv];
        float[] hy = new float[nh];
        nv = 0;
        nh = 0;
        for (Ruling r : rulings) {
            if (r.vertical()) {
                vx[nv++] = r.x0();
            }
            if (r.horizontal()) {
                hy[nh++] = r.y0();
            }
        }
        float[] xs = snap(vx);
        float[] ys = snap(hy);
        if ((long) xs.length * ys.length > MAX_GRID_POINTS) {
            throw new DocumentTooComplexException("a page draws a grid of " + xs.length + " × " + ys.length
                    + " ruling lines, more than a table of an annual report has; too complex to read");
        }
        List<Region> regions = xs.length >= 2 && ys.length >= 2 ? regions(xs, ys) : List.of();
        List<Glyph> free = new ArrayList<>();
        if (regions.isEmpty()) {
            free.addAll(glyphs);
        } else {
            CellIndex index = new CellIndex(regions, xs.length - 1, ys.length - 1);
            for (Glyph g : glyphs) {
                Region home = index.home(g.centerX(), g.centerY(), xs, ys);
                if (home == null) {
                    free.add(g);
                } else {
                    home.glyphs.add(g);
                }
            }
        }
        List<Placed> out = new ArrayList<>();
        out.addAll(tables(regions, tableCounter));
        out.addAll(lines(free, tableCounter));
        out.sort(Comparator.comparingDouble(Placed::top));
        return out;
    }

    /**
     * The regions whose bounds span each elementary grid cell, in the order of the region list: a point's
     * region is the first region of the list whose bounds contain it, found among the regions of the one to
     * four cells whose closed bounds hold the point instead of among all regions.
     */
    private static final class CellIndex {
        private final Region[] regions;
        private final int nx;
        /** For cell {@code c}, its regions' positions in the list are {@code members[start[c] .. start[c + 1])}. */
        private final int[] start;
        private final int[] members;

        CellIndex(List<Region> list, int nx, int ny) {
            this.regions = list.toArray(new Region[0]);
            this.nx = nx;
            int[] count = new int[nx * ny + 1];
            for (Region r : regions) {
                for (int j = r.j0; j <= r.j1; j++) {
                    for (int i = r.i0; i <= r.i1; i++) {
                        count[j * nx + i + 1]++;
                    }
                }
            }
            for (int c = 1; c < count.length; c++) {
                count[c] += count[c - 1];
            }
            start = count.clone();
            members = new int[count[count.length - 1]];
            for (int k = 0; k < regions.length; k++) {
                Region r = regions[k];
                for (int j = r.j0; j <= r.j1; j++) {
                    for (int i = r.i0; i <= r.i1; i++) {
                        members[count[j * nx + i]++] = k;
                    }
                }
            }
        }

        /** The first region (in list order) containing the point, or null. */
        Region home(float x, float y, float[] xs, float[] ys) {
            int ci = firstAtLeast(xs, x);
            int cj = firstAtLeast(ys, y);
            int best = Integer.MAX_VALUE;
            // the cells whose closed bounds hold the point: the one below its place, and the one above too
            // when the point lies on a grid line
            for (int j = cj - 1; j <= cj; j++) {
                if (j < 0 || j >= ys.length - 1 || !(ys[j] <= y && y <= ys[j + 1])) {
                    continue;
                }
                for (int i = ci - 1; i <= ci; i++) {
                    if (i < 0 || i >= xs.length - 1 || !(xs[i] <= x && x <= xs[i + 1])) {
                        continue;
                    }
                    int c = j * nx + i;
                    for (int m = start[c]; m < start[c + 1]; m++) {
                        int k = members[m];
                        if (k < best && regions[k].contains(x, y)) {
                            best = k;
                        }
                    }
                }
            }
            return best == Integer.MAX_VALUE ? null : regions[best];
        }

        /** The first index whose value is not below {@code v} (the length when all are below). */
        private static int firstAtLeast(float[] sorted, float v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static float[] snap(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        for (float v : sorted) {
            if (n == 0 || v - out[n - 1] > SNAP) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
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

    /** The vertical (or the other) rulings ordered by x (or y), equal ones in list order. */
    private static Ruling[] sorted(List<Ruling> rulings, boolean vertical) {
        long[] keys = new long[rulings.size()];
        int n = 0;
        for (int i = 0; i < rulings.size(); i++) {
            Ruling r = rulings.get(i);
            if (r.vertical() == vertical) {
                // the coordinate's bits made to sort as signed ints in Float.compare order, then the position
                int bits = Float.floatToIntBits(vertical ? r.x0() : r.y0());
                keys[n++] = (long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32 | i;
            }
        }
        Arrays.sort(keys, 0, n);
        Ruling[] out = new Ruling[n];
        for (int k = 0; k < n; k++) {
            out[k] = rulings.get((int) keys[k]);
        }
        return out;
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

    /**
     * Which edges of the grid's elementary cells are ruled: {@code vertical[j][i]} for the edge at
     * {@code xs[i]} between {@code ys[j]} and {@code ys[j + 1]}, {@code horizontal[j][i]} for the edge at
     * {@code ys[j]} between {@code xs[i]} and {@code xs[i + 1]}; each as {@link #ruled} says.
     */
    private record Edges(boolean[][] vertical, boolean[][] horizontal) {
    }

    private Edges edges(float[] xs, float[] ys) {
        int nx = xs.length - 1;
        int ny = ys.length - 1;
        boolean[][] vertical = new boolean[ny][nx + 1];
        boolean[][] horizontal = new boolean[ny + 1][nx];
        // the edges along one grid line share the rulings near that line: each such ruling marks the run
        // of edges whose midpoints it covers (the midpoints along a line only increase)
        float[] midY = new float[ny];
        for (int j = 0; j < ny; j++) {
            midY[j] = (ys[j] + ys[j + 1]) / 2;
        }
        for (int i = 0; i <= nx; i++) {
            float mx = (xs[i] + xs[i]) / 2;
            if (!(Math.abs(xs[i] - xs[i]) < 0.5f) || !monotone(midY)) {
                for (int j = 0; j < ny; j++) {
                    vertical[j][i] = ruled(xs[i], ys[j], xs[i], ys[j + 1]);
                }
                continue;
            }
            int[] marks = new int[ny + 1];
            for (int k = firstAtLeast(byX, mx - SNAP, true); k < byX.length; k++) {
                Ruling r = byX[k];
                if (r.x0() > mx + SNAP) {
                    break;
                }
                if (r.vertical() && Math.abs(mx - r.x0()) <= SNAP) {
                    mark(marks, midY, Math.min(r.y0(), r.y1()) - SNAP, Math.max(r.y0(), r.y1()) + SNAP);
                }
            }
            int on = 0;
            for (int j = 0; j < ny; j++) {
                on += marks[j];
                vertical[j][i] = on > 0;
            }
        }
        float[] midX = new float[nx];
        for (int i = 0; i < nx; i++) {
            midX[i] = (xs[i] + xs[i + 1]) / 2;
        }
        boolean across = monotone(midX);
        for (int i = 0; i < nx && across; i++) {
            across = !(Math.abs(xs[i] - xs[i + 1]) < 0.5f);
        }
        for (int j = 0; j <= ny; j++) {
            float my = (ys[j] + ys[j]) / 2;
            if (!across) {
                for (int i = 0; i < nx; i++) {
                    horizontal[j][i] = ruled(xs[i], ys[j], xs[i + 1], ys[j]);
                }
                continue;
            }
            int[] marks = new int[nx + 1];
            for (int k = firstAtLeast(byY, my - SNAP, false); k < byY.length; k++) {
                Ruling r = byY[k];
                if (r.y0() > my + SNAP) {
                    break;
                }
                if (!r.vertical() && Math.abs(my - r.y0()) <= SNAP) {
                    mark(marks, midX, Math.min(r.x0(), r.x1()) - SNAP, Math.max(r.x0(), r.x1()) + SNAP);
                }
            }
            int on = 0;
            for (int i = 0; i < nx; i++) {
                on += marks[i];
                horizontal[j][i] = on > 0;
            }
        }
        return new Edges(vertical, horizontal);
    }

    /** Whether the values never decrease (no NaN among them). */
    private static boolean monotone(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Float.isNaN(values[i]) || i > 0 && values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Marks, in a difference array, the run of non-decreasing {@code mids} with {@code lo <= mid <= hi}. */
    private static void mark(int[] marks, float[] mids, float lo, float hi) {
        int from = 0;
        int to = mids.length;
        while (from < to) { // first mid >= lo
            int m = (from + to) >>> 1;
            if (mids[m] >= lo) {
                to = m;
            } else {
                from = m + 1;
            }
        }
        int first = from;
        from = first;
        to = mids.length;
        while (from < to) { // first mid > hi
            int m = (from + to) >>> 1;
            if (mids[m] <= hi) {
                from = m + 1;
            } else {
                to = m;
            }
        }
        if (first < from) {
            marks[first]++;
            marks[from]--;
        }
    }

    /** Ruled cells: elementary grid cells joined where no ruling separates them; unruled areas dropped. */
    private List<Region> regions(float[] xs, float[] ys) {
        int nx = xs.length - 1;
        int ny = ys.length - 1;
        Edges edges = edges(xs, ys);
        boolean[][] v = edges.vertical();
        boolean[][] h = edges.horizontal();
        int[] parent = new int[nx * ny];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (i + 1 < nx && !v[j][i + 1]) {
                    union(parent, j * nx + i, j * nx + i + 1);
                }
                if (j + 1 < ny && !h[j + 1][i]) {
                    union(parent, j * nx + i, (j + 1) * nx + i);
                }
            }
        }
        // a set's root is its first cell (union keeps the smaller index), so regions come in root order
        Region[] byRoot = new Region[nx * ny];
        boolean[] open = new boolean[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int root = find(parent, j * nx + i);
                Region r = byRoot[root];
                if (r == null) {
                    r = new Region();
                    r.left = xs[i];
                    r.right = xs[i + 1];
                    r.top = ys[j];
                    r.bottom = ys[j + 1];
                    r.i0 = i;
                    r.i1 = i;
                    r.j0 = j;
                    r.j1 = j;
                    byRoot[root] = r;
                } else {
                    r.left = Math.min(r.left, xs[i]);
                    r.right = Math.max(r.right, xs[i + 1]);
                    r.top = Math.min(r.top, ys[j]);
                    r.bottom = Math.max(r.bottom, ys[j + 1]);
                    r.i0 = Math.min(r.i0, i);
                    r.i1 = Math.max(r.i1, i);
                    r.j0 = Math.min(r.j0, j);
                    r.j1 = Math.max(r.j1, j);
                }
                boolean ok = (i > 0 && find(parent, j * nx + i - 1) == root || v[j][i])
                        && (i + 1 < nx && find(parent, j * nx + i + 1) == root || v[j][i + 1])
                        && (j > 0 && find(parent, (j - 1) * nx + i) == root || h[j][i])
                        && (j + 1 < ny && find(parent, (j + 1) * nx + i) == root || h[j + 1][i]);
                if (!ok) {
                    open[root] = true;
                }
            }
        }
        List<Region> out = new ArrayList<>();
        for (int root = 0; root < byRoot.length; root++) {
            Region r = byRoot[root];
            if (r != null && !open[root] && r.right - r.left > SNAP && r.bottom - r.top > SNAP) {
                out.add(r);
            }
        }
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
        float[] regionTops = new float[regions.size()];
        float[] regionLefts = new float[regions.size()];
        for (int k = 0; k < regions.size(); k++) {
            regionTops[k] = regions.get(k).top;
            regionLefts[k] = regions.get(k).left;
        }
        float[] tops = snap(regionTops);
        float[] lefts = snap(regionLefts);
        List<List<Region>> rows = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
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

    private static int nearest(float[] values, float v) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) {
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
