package org.disclosurewatch.parser.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;
import org.disclosurewatch.parser.form.Labels;

/**
 * Joins a table row that a page break cut in two: the last row of the table at the foot of one page and
 * the first row of the table at the head of the next (after a repeated header, if any), when the second
 * part only continues the first: each of its words lies in a column of the cut row (same left edge), no
 * column holds a number on either side of a word, some cell of the continuation is blank, and its words do
 * not start a numbered row of their own. Cells of the continuation outside the cut row's columns (the cut
 * pieces of merged cells to its left) must be blank.
 */
public final class SplitRows {
    private SplitRows() {
    }

    /** Tolerance, in points, for two cells' left edges to be the same column line. */
    private static final float SAME_LINE = 3f;

    /**
     * The two tables with the cut row joined into the first, or null when the second does not continue a row.
     * {@code aboveLefts}/{@code belowLefts} give each cell's left edge, row by row.
     */
    public static Joined join(Table above, List<List<Float>> aboveLefts, Table below, List<List<Float>> belowLefts) {
        if (above.rows().isEmpty() || below.rows().isEmpty() || aboveLefts == null || belowLefts == null) {
            return null;
        }
        int header = repeatedHeader(above, below);
        if (header >= below.rows().size()) {
            return null;
        }
        List<TableCell> last = above.rows().get(above.rows().size() - 1);
        List<Float> lastX = aboveLefts.get(aboveLefts.size() - 1);
        List<TableCell> first = below.rows().get(header);
        List<Float> firstX = belowLefts.get(header);
        String[] continued = new String[last.size()];
        boolean blank = false;
        boolean words = false;
        for (int i = 0; i < first.size(); i++) {
            String b = first.get(i).text().strip();
            int col = column(lastX, firstX.get(i));
            if (b.isEmpty()) {
                blank |= col >= 0;
                continue;
            }
            if (col < 0 || numeric(b) || numeric(last.get(col).text().strip())) {
                return null;
            }
            String folded = Labels.fold(b);
            if (!Labels.stripNumbering(folded).equals(folded)) {
                return null;
            }
            continued[col] = b;
            words = true;
        }
        if (!blank || !words) {
            return null;
        }
        List<List<TableCell>> upper = new ArrayList<>(above.rows());
        List<TableCell> joined = new ArrayList<>();
        for (int i = 0; i < last.size(); i++) {
            TableCell a = last.get(i);
            String b = continued[i];
            String text = b == null ? a.text() : a.text().isBlank() ? b : a.text() + "\n" + b;
            joined.add(new TableCell(text, a.row(), a.col(), a.spanCopy(), a.ocr()));
        }
        upper.set(upper.size() - 1, joined);
        List<List<TableCell>> lower = new ArrayList<>(below.rows());
        lower.remove(header);
        List<List<Float>> lowerLefts = new ArrayList<>(belowLefts);
        lowerLefts.remove(header);
        return new Joined(new Table(above.index(), upper), new Table(below.index(), lower), lowerLefts);
    }

    /** The upper table with the row joined, the lower without its continuation, and the lower's cell edges. */
    public record Joined(Table above, Table below, List<List<Float>> belowLefts) {
    }

    private static int column(List<Float> lefts, float x) {
        for (int i = 0; i < lefts.size(); i++) {
            if (Math.abs(lefts.get(i) - x) <= SAME_LINE) {
                return i;
            }
        }
        return -1;
    }

    /** How many leading rows of {@code below} repeat the leading rows of {@code above} (a repeated header). */
    private static int repeatedHeader(Table above, Table below) {
        int n = 0;
        while (n < above.rows().size() - 1 && n < below.rows().size() && sameTexts(above.rows().get(n), below.rows().get(n))) {
            n++;
        }
        return n;
    }

    private static boolean sameTexts(List<TableCell> a, List<TableCell> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Labels.fold(a.get(i).text()).equals(Labels.fold(b.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean numeric(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (".,，．-—–%".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }
}
