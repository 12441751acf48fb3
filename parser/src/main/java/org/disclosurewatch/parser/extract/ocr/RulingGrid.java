package org.disclosurewatch.parser.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables of a (deskewed) page image from its ruling lines: long runs of dark pixels across and
 * down the page, small gaps (specks, a broken stroke) bridged. Rulings that cross each other make a table;
 * its distinct horizontal and vertical positions make a grid, and neighbouring grid cells with no ruling
 * between them make one merged cell.
 */
public final class RulingGrid {
    /** Largest gap of light pixels bridged inside one ruling. */
    static final int GAP = 3;
    /** Distance within which two rulings meet, or two positions count as one grid line. */
    static final int TOLERANCE = 10;
    /** Thickest run taken as a line; thicker dark areas are pictures or filled blocks. */
    static final int MAX_THICKNESS = 14;
    /** Lowest row a table cut by a page break may leave beyond its last ruling across. */
    static final int MIN_CUT_ROW = 24;

    private RulingGrid() {
    }

    /** A ruling: {@code pos} across its length, from {@code start} to {@code end} along it. */
    public record Line(boolean horizontal, int pos, int start, int end, int thickness) {
        int length() {
            return end - start;
        }

        boolean crosses(Line o) {
            Line h = horizontal ? this : o;
            Line v = horizontal ? o : this;
            return h.horizontal != v.horizontal
                    && v.pos >= h.start - TOLERANCE && v.pos <= h.end + TOLERANCE
                    && h.pos >= v.start - TOLERANCE && h.pos <= v.end + TOLERANCE;
        }

        /** Whether the line runs past the point {@code at} along its length. */
        boolean covers(int at) {
            return at >= start - TOLERANCE && at <= end + TOLERANCE;
        }
    }

    /**
     * A merged cell of a grid: rows {@code r0} to {@code r1} and columns {@code c0} to {@code c1} (inclusive), and its
     * pixel box inside the rulings.
     */
    public record Cell(int r0, int c0, int r1, int c1, int left, int top, int right, int bottom) {
        public boolean contains(int x, int y) {
            return x >= left && x < right && y >= top && y < bottom;
        }
    }

    /** A table: its grid lines (pixel positions) and merged cells in reading order. */
    public record Grid(int[] ys, int[] xs, List<Cell> cells) {
        public int rows() {
            return ys.length - 1;
        }

        public int cols() {
            return xs.length - 1;
        }

        public int top() {
            return ys[0];
        }

        public int bottom() {
            return ys[ys.length - 1];
        }

        public int left() {
            return xs[0];
        }

        public int right() {
            return xs[xs.length - 1];
        }
    }

    /** The page's rulings and the tables they make, top to bottom. */
    public record Found(List<Line> lines, List<Grid> grids) {
    }

    /** The shortest run taken as a ruling in an image of this width and height. */
    static int minLength(int width, int height) {
        return Math.max(30, Math.min(width, height) / 40);
    }

    public static Found find(BinaryImage img) {
        int min = minLength(img.width(), img.height());
        List<Line> lines = new ArrayList<>();
        lines.addAll(lines(img, true, min));
        lines.addAll(lines(img, false, min));
        List<Line> all = List.copyOf(lines);
        // a ruling of a table crosses at least two rulings the other way; text strokes and underlines do not
        for (int round = 0; round < 3; round++) {
            List<Line> kept = new ArrayList<>();
            for (Line l : lines) {
                long crossings = lines.stream().filter(l::crosses).count();
                if (crossings >= 2) {
                    kept.add(l);
                }
            }
            if (kept.size() == lines.size()) {
                break;
            }
            lines = kept;
        }
        lines.addAll(cutColumnRulings(all, lines));
        List<Grid> grids = new ArrayList<>();
        for (List<Line> group : groups(lines)) {
            Grid g = grid(group);
            if (g != null) {
                grids.add(g);
            }
        }
        grids.sort(Comparator.comparingInt(Grid::top));
        return new Found(lines, grids);
    }

    /**
     * Column rulings of a row cut by a page break: they cross only one ruling (the one below or above the cut
     * row) and end where the table's other column rulings end, at the cut.
     */
    static List<Line> cutColumnRulings(List<Line> all, List<Line> kept) {
        List<Line> vs = kept.stream().filter(l -> !l.horizontal()).toList();
        if (vs.isEmpty()) {
            return List.of();
        }
        int top = vs.stream().mapToInt(Line::start).min().getAsInt();
        int bottom = vs.stream().mapToInt(Line::end).max().getAsInt();
        List<Line> out = new ArrayList<>();
        for (Line l : all) {
            if (l.horizontal() || kept.contains(l)) {
                continue;
            }
            boolean atCut = Math.abs(l.start() - top) <= TOLERANCE || Math.abs(l.end() - bottom) <= TOLERANCE;
            if (atCut && kept.stream().filter(l::crosses).count() == 1) {
                out.add(l);
            }
        }
        return out;
    }

    /** Runs of dark pixels along rows (or columns), joined across neighbouring rows into lines. */
    static List<Line> lines(BinaryImage img, boolean horizontal, int minLength) {
        int across = horizontal ? img.height() : img.width();
        int along = horizontal ? img.width() : img.height();
        List<int[]> open = new ArrayList<>(); // {firstPos, lastPos, start, end}
        List<Line> out = new ArrayList<>();
        for (int p = 0; p < across; p++) {
            List<int[]> runs = new ArrayList<>();
            int runStart = -1;
            int lastDark = -1;
            for (int a = 0; a <= along; a++) {
                boolean d = a < along && (horizontal ? img.dark(a, p) : img.dark(p, a));
                if (d) {
                    if (runStart < 0 || a - lastDark > GAP + 1) {
                        if (runStart >= 0 && lastDark - runStart + 1 >= minLength) {
                            runs.add(new int[] {runStart, lastDark + 1});
                        }
                        runStart = a;
                    }
                    lastDark = a;
                }
            }
            if (runStart >= 0 && lastDark - runStart + 1 >= minLength) {
                runs.add(new int[] {runStart, lastDark + 1});
            }
            List<int[]> stillOpen = new ArrayList<>();
            for (int[] run : runs) {
                int[] match = null;
                for (int[] o : open) {
                    if (o[1] >= p - 2 && run[0] < o[3] && run[1] > o[2]) {
                        match = o;
                        break;
                    }
                }
                if (match != null) {
                    match[1] = p;
                    match[2] = Math.min(match[2], run[0]);
                    match[3] = Math.max(match[3], run[1]);
                } else {
                    open.add(new int[] {p, p, run[0], run[1]});
                }
            }
            for (int[] o : open) {
                if (o[1] >= p - 2) {
                    stillOpen.add(o);
                } else {
                    close(o, horizontal, out);
                }
            }
            open = stillOpen;
        }
        for (int[] o : open) {
            close(o, horizontal, out);
        }
        return out;
    }

    private static void close(int[] o, boolean horizontal, List<Line> out) {
        int thickness = o[1] - o[0] + 1;
        if (thickness <= MAX_THICKNESS) {
            out.add(new Line(horizontal, (o[0] + o[1]) / 2, o[2], o[3], thickness));
        }
    }

    /** The lines in groups that touch each other (union-find over crossings). */
    private static List<List<Line>> groups(List<Line> lines) {
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).crosses(lines.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Line>> out = new ArrayList<>();
        java.util.Map<Integer, List<Line>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        out.addAll(byRoot.values());
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Distinct positions, those within {@link #TOLERANCE} of each other taken as one. */
    static int[] positions(List<Line> lines) {
        List<Integer> ps = lines.stream().map(Line::pos).sorted().toList();
        List<Integer> out = new ArrayList<>();
        int sum = 0;
        int n = 0;
        int last = Integer.MIN_VALUE;
        for (int p : ps) {
            if (n > 0 && p - last > TOLERANCE) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += p;
            n++;
            last = p;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The grid of one group of crossing lines, or null when it is not a table. */
    static Grid grid(List<Line> group) {
        List<Line> hs = new ArrayList<>(group.stream().filter(Line::horizontal).toList());
        List<Line> vs = group.stream().filter(l -> !l.horizontal()).toList();
        int[] xs = positions(vs);
        if (hs.isEmpty() || xs.length < 2) {
            return null;
        }
        // a table cut by a page break has no ruling along the cut: its columns' rulings run on past the last
        // ruling across, and close the cut row there
        int[] ys0 = positions(hs);
        int vTop = vs.stream().mapToInt(Line::start).min().orElse(ys0[0]);
        int vBottom = vs.stream().mapToInt(Line::end).max().orElse(ys0[ys0.length - 1]);
        if (ys0[0] - vTop > MIN_CUT_ROW) {
            hs.add(new Line(true, vTop, xs[0], xs[xs.length - 1], 1));
        }
        if (vBottom - ys0[ys0.length - 1] > MIN_CUT_ROW) {
            hs.add(new Line(true, vBottom, xs[0], xs[xs.length - 1], 1));
        }
        int[] ys = positions(hs);
        if (ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            int midY = (ys[r] + ys[r + 1]) / 2;
            int midX;
            for (int c = 0; c < cols; c++) {
                midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !ruled(vs, xs[c + 1], midY)) {
                    parent[root(parent, r * cols + c)] = root(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruled(hs, ys[r + 1], midX)) {
                    parent[root(parent, r * cols + c)] = root(parent, (r + 1) * cols + c);
                }
            }
        }
        int[][] box = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = root(parent, r * cols + c);
                int[] b = box[k];
                if (b == null) {
                    box[k] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int[] b : box) {
            if (b != null) {
                cells.add(new Cell(b[0], b[1], b[2], b[3], xs[b[1]], ys[b[0]], xs[b[3] + 1], ys[b[2] + 1]));
            }
        }
        cells.sort(Comparator.comparingInt(Cell::r0).thenComparingInt(Cell::c0));
        return new Grid(ys, xs, cells);
    }

    /** Whether a line of {@code lines} lies at {@code pos} and runs past {@code at}. */
    private static boolean ruled(List<Line> lines, int pos, int at) {
        for (Line l : lines) {
            if (Math.abs(l.pos() - pos) <= TOLERANCE && l.start() <= at && l.end() >= at) {
                return true;
            }
        }
        return false;
    }
}
