package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.parser.meta.Narrative;

/**
 * Reads a part whose table a text extraction flattened into running text: each row's label followed by its
 * cells' digits, often with nothing between them ("一、本年新收政府信息公开申请数量 52100053",
 * "规章000行政规范性文件1240118"), and the next row's number run into the digits ("…150000015" +
 * "2.没有现成信息…"). The rows are found by their labels in the form's order, within the part (from its
 * heading to the next); the digits after a label, up to the next word, are the row's cells. Digits kept
 * apart by spaces are cells as printed; digits run together are split by {@link DigitSplitter}, only when one
 * split alone fits the row (cell count, no leading zeros, the row's identity). Such cells are marked
 * {@code inferred} in their provenance, naming the identity used, so that the identity is not taken as
 * evidence later; when several splits fit, the row's cells stay blank and the candidates are listed.
 */
final class RunTogetherReader {
    /** Marks a text extraction prints for a blank cell. */
    private static final String BLANK_MARKS = "-/—–";
    /** Prefix of the provenance of a cell whose value comes from splitting run-together digits. */
    static final String INFERRED = "inferred: ";

    private final Flat text;
    private final FormReading.Builder out;

    private RunTogetherReader(Flat text, FormReading.Builder out) {
        this.text = text;
        this.out = out;
    }

    /**
     * Reads the rows of {@code section} from the paragraphs, when the part's heading is among them; returns
     * how many rows were found (0, with nothing recorded, when the heading is not there).
     */
    static int read(Section section, List<String> paragraphs, FormReading.Builder out) {
        Flat flat = Flat.of(paragraphs);
        int part = switch (section) {
            case ACTIVE_DISCLOSURE -> 2;
            case REQUESTS -> 3;
            case REVIEWS_AND_LITIGATION -> 4;
        };
        if (flat.partBody[part] < 0) {
            return 0;
        }
        RunTogetherReader r = new RunTogetherReader(flat, out);
        int[] region = flat.region(part);
        return section == Section.REVIEWS_AND_LITIGATION ? r.reviews(region) : r.rows(section, region);
    }

    private int rows(Section section, int[] region) {
        List<RowSpec> rows = out.form.rows(section);
        Cells cells = out.tables.get(section);
        int pos = region[0];
        int found = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            int[] hit = findLabel(row, pos, region[1]);
            if (hit == null) {
                putBlank(cells, row);
                out.diagnostics.add("part " + section.part() + ": row \"" + row.label() + "\" not found");
                continue;
            }
            found++;
            int start = hit[1];
            int end = runEnd(start, region[1]);
            String next = i + 1 < rows.size() ? numbering(rows, i + 1) : null;
            int valuesEnd = end;
            if (next != null && text.folded.startsWith(next, end - next.length()) && end - next.length() >= start) {
                valuesEnd = end - next.length(); // the next row's number run into this row's digits
            }
            String unit = text.folded.startsWith("万元", valuesEnd) ? "万元" : text.folded.startsWith("元", valuesEnd) ? "元" : null;
            fill(section, row, start, valuesEnd, unit, headerUnit(hit[0], region[0]));
            pos = valuesEnd;
        }
        out.matchedRows += found;
        return found;
    }

    /** Part 四: the fifteen cells after the header's last 总计, in the form's order of groups and columns. */
    private int reviews(int[] region) {
        List<RowSpec> groups = out.form.rows(Section.REVIEWS_AND_LITIGATION);
        Cells cells = out.tables.get(Section.REVIEWS_AND_LITIGATION);
        int start = -1;
        for (int i = region[0]; i < region[1]; i++) {
            if (isValueStart(text.folded.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            groups.forEach(g -> putBlank(cells, g));
            out.diagnostics.add("part 4: table not found");
            return 0;
        }
        int end = runEnd(start, region[1]);
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<DigitSplitter.Identity> identities = new ArrayList<>();
        for (RowSpec g : groups) {
            int first = columns.size();
            for (ColumnSpec c : g.columns()) {
                columns.add(c);
                paths.add(CellPath.of(Section.REVIEWS_AND_LITIGATION, g.key(), c.key()).toString());
            }
            identities.add(new DigitSplitter.Identity(first, columns.size() - 1));
        }
        BigDecimal[] values = split("part 4", tokens(start, end), columns, identities, paths, start, end);
        int k = 0;
        for (RowSpec g : groups) {
            for (ColumnSpec c : g.columns()) {
                cells.put(g.key(), c.key(), values == null ? null : values[k]);
                k++;
            }
        }
        out.matchedRows += groups.size();
        return groups.size();
    }

    private void fill(Section section, RowSpec row, int start, int end, String unit, String headerUnit) {
        Cells cells = out.tables.get(section);
        List<ColumnSpec> columns = row.columns();
        List<String> paths = new ArrayList<>();
        for (ColumnSpec c : columns) {
            paths.add(CellPath.of(section, row.key(), c.key()).toString());
        }
        BigDecimal[] values = split("part " + section.part() + " row \"" + row.label() + "\"", tokens(start, end),
                columns, identities(row), paths, start, end);
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            BigDecimal v = values == null ? null : values[i];
            if (v != null) {
                String[] problem = new String[1];
                v = CellConverter.convert(new CellValue(v, c.kind() == CellKind.MONEY_YUAN ? unit : null, false), c,
                        headerUnit, problem);
                if (problem[0] != null) {
                    out.diagnostics.add(paths.get(i) + ": " + problem[0]);
                }
            }
            cells.put(row.key(), c.key(), v);
        }
    }

    /** The cells of a run of digits, or null (with a diagnostic) when it cannot be split for certain. */
    private BigDecimal[] split(String what, List<String> tokens, List<ColumnSpec> columns,
                               List<DigitSplitter.Identity> identities, List<String> paths, int start, int end) {
        String printed = text.printed(start, end);
        String where = "text at " + start;
        if (tokens.isEmpty()) {
            out.diagnostics.add(what + ": no values after the label at " + where);
            return null;
        }
        if (columns.stream().anyMatch(c -> c.kind() == CellKind.SIGNED_COUNT) && signOrBlank(start, end)) {
            out.diagnostics.add(what + ": \"" + printed + "\" at " + where + ": a dash before digits may be a minus sign"
                    + " or a blank cell; cells left blank: " + String.join(", ", paths));
            return null;
        }
        for (String t : tokens) {
            if (t != null && t.indexOf('.') >= 0 && !t.matches("[0-9]+\\.[0-9]+")) {
                out.diagnostics.add(what + ": \"" + printed + "\" at " + where + " is not a row of numbers; cells left blank: "
                        + String.join(", ", paths));
                return null;
            }
        }
        if (tokens.size() == columns.size() && tokens.stream().allMatch(t -> t == null || isNumber(t))) {
            BigDecimal[] v = new BigDecimal[tokens.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = tokens.get(i) == null ? null : new BigDecimal(tokens.get(i));
                out.provenance.put(paths.get(i), where);
            }
            return v;
        }
        DigitSplitter.Splits splits = DigitSplitter.split(tokens, columns.size(), identities);
        if (splits.unique()) {
            boolean byDigits = DigitSplitter.split(tokens, columns.size(), List.of()).unique();
            String how = byDigits ? "the only split into " + columns.size() + " numbers"
                    : "the only split into " + columns.size() + " numbers that satisfies the row's identity (not evidence for it)";
            for (String p : paths) {
                out.provenance.put(p, INFERRED + "digits \"" + printed + "\" run together, " + how + ", " + where);
            }
            return splits.candidates().get(0);
        }
        StringBuilder d = new StringBuilder(what + ": digits \"" + printed + "\" run together at " + where + " ");
        if (splits.candidates().isEmpty()) {
            d.append(splits.complete() ? "cannot be split into " + columns.size() + " numbers that fit the form"
                    : "have too many possible splits");
        } else {
            d.append("split in several ways (");
            int n = 0;
            for (BigDecimal[] c : splits.candidates()) {
                if (n++ == DigitSplitter.LISTED) {
                    d.append(", …");
                    break;
                }
                d.append(n > 1 ? ", " : "").append(joined(c));
            }
            d.append(splits.complete() ? "" : ", …").append(")");
        }
        d.append("; cells left blank: ").append(String.join(", ", paths));
        out.diagnostics.add(d.toString());
        return null;
    }

    /** Whether a dash stands right before a digit (a minus sign or a blank mark: it cannot be told). */
    private boolean signOrBlank(int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            if (BLANK_MARKS.indexOf(text.folded.charAt(i)) >= 0 && Character.isDigit(text.folded.charAt(i + 1))
                    && !text.spaceBefore[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static String joined(BigDecimal[] cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i > 0 ? "|" : "").append(cells[i] == null ? "—" : cells[i].toPlainString());
        }
        return b.toString();
    }

    private static boolean isNumber(String t) {
        return t.length() == 1 || t.charAt(0) != '0' || t.indexOf('.') == 1;
    }

    /** The identities of a row: in part 三 the six applicant columns add up to 总计. */
    private static List<DigitSplitter.Identity> identities(RowSpec row) {
        List<ColumnSpec> cols = row.columns();
        if (row.role() != RowRole.PLAIN && cols.size() > 1 && cols.get(cols.size() - 1).key().equals(Forms.TOTAL)) {
            return List.of(new DigitSplitter.Identity(0, cols.size() - 1));
        }
        return List.of();
    }

    /** The label of {@code row} at or after {@code from}, followed by a value: {start, end}, or null. */
    private int[] findLabel(RowSpec row, int from, int to) {
        int[] best = null;
        for (String label : row.labels()) {
            String key = Labels.formLabelKey(label);
            if (key.isEmpty()) {
                continue;
            }
            int at = text.folded.indexOf(key, from);
            while (at >= 0 && at + key.length() <= to) {
                int end = at + key.length();
                if (end < to && isValueStart(text.folded.charAt(end)) && (best == null || at < best[0])) {
                    best = new int[] {at, end};
                    break;
                }
                at = text.folded.indexOf(key, at + 1);
            }
        }
        return best;
    }

    /** The numbering a row's label is printed with when it is a numbered item of a group ("2."), or null. */
    private static String numbering(List<RowSpec> rows, int index) {
        RowSpec row = rows.get(index);
        int inGroup = 0;
        int size = 0;
        for (RowSpec r : rows) {
            if (r.group().equals(row.group())) {
                size++;
                if (r == row) {
                    inGroup = size;
                }
            }
        }
        return size > 1 ? inGroup + "." : null;
    }

    private static boolean isValueStart(char c) {
        return (c >= '0' && c <= '9') || BLANK_MARKS.indexOf(c) >= 0;
    }

    private int runEnd(int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.folded.charAt(i);
            boolean decimalPoint = c == '.' && i > start && i + 1 < to && Character.isDigit(text.folded.charAt(i + 1))
                    && !text.spaceBefore[i + 1];
            boolean numberingPoint = c == '.' && i > start && Character.isDigit(text.folded.charAt(i - 1));
            if (isValueStart(c) || decimalPoint || numberingPoint) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The digit runs (split where the text kept a space or a line break) and blank marks (null) in a range. */
    private List<String> tokens(int start, int end) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = text.folded.charAt(i);
            if (text.spaceBefore[i] && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (BLANK_MARKS.indexOf(c) >= 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(null);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The money unit of the part 二 block a label sits in ("本年收费金额（单位：万元）"). */
    private String headerUnit(int label, int regionStart) {
        int block = text.folded.lastIndexOf("第二十条", label);
        int from = Math.max(regionStart, block < 0 ? regionStart : block);
        return CellConverter.unitOfFolded(text.folded.substring(from, label));
    }

    private static void putBlank(Cells cells, RowSpec row) {
        for (ColumnSpec c : row.columns()) {
            cells.put(row.key(), c.key(), null);
        }
    }

    /**
     * The paragraphs folded into one string ({@link Labels#fold}), remembering where white space or a line
     * break stood (digits on either side of it belong to different cells) and where each part begins.
     */
    private static final class Flat {
        final String folded;
        final boolean[] spaceBefore;
        /** Start of each part's heading paragraph by part number (1-6), -1 when not found. */
        final int[] partStart = {-1, -1, -1, -1, -1, -1, -1};
        final int[] partBody = {-1, -1, -1, -1, -1, -1, -1};

        private Flat(String folded, boolean[] spaceBefore) {
            this.folded = folded;
            this.spaceBefore = spaceBefore;
        }

        static Flat of(List<String> paragraphs) {
            StringBuilder b = new StringBuilder();
            List<Integer> spaces = new ArrayList<>();
            int[] starts = new int[7];
            int[] bodies = new int[7];
            java.util.Arrays.fill(starts, -1);
            java.util.Arrays.fill(bodies, -1);
            for (String p : paragraphs) {
                int part = Narrative.headingPart(p);
                if (part > 0 && part < 7 && starts[part] < 0) {
                    starts[part] = b.length();
                }
                boolean space = true;
                String n = Labels.nfkc(p);
                for (int i = 0; i < n.length(); i++) {
                    char c = n.charAt(i);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                        space = true;
                        continue;
                    }
                    String f = Labels.fold(String.valueOf(c));
                    if (f.isEmpty()) {
                        continue;
                    }
                    if (space) {
                        spaces.add(b.length());
                    }
                    b.append(f.charAt(0));
                    space = false;
                }
                if (part > 0 && part < 7 && bodies[part] < 0) {
                    bodies[part] = b.length();
                }
            }
            boolean[] flags = new boolean[b.length() + 1];
            for (int s : spaces) {
                flags[s] = true;
            }
            Flat flat = new Flat(b.toString(), flags);
            System.arraycopy(starts, 0, flat.partStart, 0, 7);
            System.arraycopy(bodies, 0, flat.partBody, 0, 7);
            return flat;
        }

        /** From the end of part {@code part}'s heading to the next part's heading (the whole text when absent). */
        int[] region(int part) {
            int from = partBody[part] >= 0 ? partBody[part] : 0;
            int to = folded.length();
            for (int p = part + 1; p < 7; p++) {
                if (partStart[p] > from) {
                    to = partStart[p];
                    break;
                }
            }
            return new int[] {from, to};
        }

        /** The text of a range as printed, spaces shown. */
        String printed(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from && spaceBefore[i]) {
                    b.append(' ');
                }
                b.append(folded.charAt(i));
            }
            return b.toString();
        }
    }
}
