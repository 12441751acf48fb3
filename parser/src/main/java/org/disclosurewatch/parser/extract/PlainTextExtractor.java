package org.disclosurewatch.parser.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableBuilder;
import org.disclosurewatch.parser.document.TableCell;
import org.disclosurewatch.parser.meta.Narrative;

/**
 * Reads text extracted from a report, in the two layouts text extraction produces:
 * <ul>
 *   <li>one cell per line starting with a tab, rows separated by a blank line; a line without a tab right
 *       after a cell continues that cell ("本年新" / "制作数量");</li>
 *   <li>cells ending with {@code |}; a cell may run over several lines (lines without {@code |} running
 *       straight into the line with the cell's {@code |}); empty segments after the first {@code |} of a
 *       line pad the row for merged cells and are marked as copies.</li>
 * </ul>
 * Each table read consumes at least one line, so reading is linear in the length of the text.
 * Anything else is a paragraph per line. Word bookmarks left in the text ("[bookmark: _GoBack]") are removed.
 */
public final class PlainTextExtractor {
    /** Most lines one cell of a {@code |} table may be broken over. */
    private static final int MAX_CELL_LINES = 8;

    private PlainTextExtractor() {
    }

    public static ExtractedDocument extract(String text, Deadline deadline) throws DocumentParseException {
        String[] lines = lines(removeBookmarks(text));
        List<Block> blocks = new ArrayList<>();
        int offset = 0;
        int i = 0;
        int tableIndex = 0;
        int[] offsets = new int[lines.length + 1];
        for (int k = 0; k < lines.length; k++) {
            offsets[k + 1] = offsets[k] + lines[k].length() + 1;
        }
        int steps = 0;
        while (i < lines.length) {
            if ((steps++ & 255) == 0) {
                deadline.check();
            }
            String line = lines[i];
            if (isTabCell(line)) {
                int end = Math.max(i + 1, tabTableEnd(lines, i));
                blocks.add(tabTable(lines, i, end, tableIndex++));
                i = end;
            } else if (isPipeLine(line) || (i + 1 < lines.length && !line.isBlank() && startsWithPipe(lines[i + 1]))) {
                int end = Math.max(i + 1, pipeTableEnd(lines, i));
                blocks.add(pipeTable(lines, i, end, tableIndex++));
                i = end;
            } else {
                if (!line.isBlank()) {
                    blocks.add(new Paragraph(line.strip(), offsets[i]));
                }
                i++;
            }
        }
        return new ExtractedDocument(blocks, List.of());
    }

    /** The text's lines, split at CRLF, CR or LF; an empty last line is kept when the text ends with a break. */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    static String removeBookmarks(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int j = text.indexOf("[bookmark:", i);
            if (j < 0) {
                b.append(text, i, text.length());
                break;
            }
            int close = text.indexOf(']', j);
            int nl = text.indexOf('\n', j);
            if (close < 0 || (nl >= 0 && nl < close)) {
                b.append(text, i, j + 1);
                i = j + 1;
                continue;
            }
            b.append(text, i, j);
            i = close + 1;
        }
        return b.toString();
    }

    private static boolean isTabCell(String line) {
        return line.startsWith("\t");
    }

    private static boolean isPipeLine(String line) {
        return line.indexOf('|') >= 0;
    }

    private static boolean startsWithPipe(String line) {
        return line.stripLeading().startsWith("|");
    }

    private static int tabTableEnd(String[] lines, int from) {
        int i = from;
        while (i < lines.length) {
            String l = lines[i];
            if (isTabCell(l) || l.isBlank()) {
                i++;
            } else if (i > from && isTabCell(lines[i - 1])) {
                i++; // continuation of the cell above
            } else {
                break;
            }
        }
        while (i > from && lines[i - 1].isBlank() && !isTabCell(lines[i - 1])) {
            i--; // blank lines after the last row; a tab line, even an empty one, is a (blank) cell
        }
        return i;
    }

    private static Table tabTable(String[] lines, int from, int to, int index) {
        int cells = 0;
        List<List<TableCell>> rows = new ArrayList<>();
        List<TableCell> row = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String l = lines[i];
            if (l.isBlank() && !isTabCell(l)) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (isTabCell(l)) {
                TableBuilder.checkColumns(l, '\t');
                String[] parts = l.substring(1).split("\t", -1);
                for (String p : parts) {
                    TableBuilder.checkCells(++cells);
                    row.add(new TableCell(p.strip(), rows.size(), row.size(), false));
                }
            } else if (!row.isEmpty()) {
                TableCell last = row.remove(row.size() - 1);
                row.add(new TableCell(last.text() + "\n" + l.strip(), last.row(), last.col(), false));
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new Table(index, rows);
    }

    private static int pipeTableEnd(String[] lines, int from) {
        int i = from;
        while (i < lines.length) {
            String l = lines[i];
            if (isPipeLine(l)) {
                i++;
            } else if (!l.isBlank() && i + 1 < lines.length && startsWithPipe(lines[i + 1])) {
                i++; // a cell whose "|" is on the next line
            } else if (i > from) {
                int cellEnd = continuedCellEnd(lines, i);
                if (cellEnd == i) {
                    break;
                }
                i = cellEnd; // the first lines of a cell whose text runs on to the line holding its "|"
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Inside a {@code |} table: when the lines from {@code from} have no {@code |} and run without a blank
     * line into a line that has one, they are the first lines of a cell broken over lines ("结果" / "维持 |");
     * returns the index of the line holding the cell's {@code |}. Returns {@code from} when the lines are
     * not such a cell: a blank line or the end of the text comes first, the run is longer than a cell
     * would be, or it starts with the heading of a part (a table printed right under the previous one).
     */
    private static int continuedCellEnd(String[] lines, int from) {
        if (Narrative.headingPart(lines[from]) != 0) {
            return from;
        }
        for (int j = from; j < lines.length && j - from < MAX_CELL_LINES; j++) {
            String l = lines[j];
            if (l.isBlank()) {
                return from;
            }
            if (isPipeLine(l)) {
                return j;
            }
        }
        return from;
    }

    private static Table pipeTable(String[] lines, int from, int to, int index) {
        int cells = 0;
        List<List<TableCell>> rows = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = from; i < to; i++) {
            String l = lines[i];
            int r = rows.size();
            List<TableCell> row = new ArrayList<>();
            int bar = l.indexOf('|');
            if (bar < 0) {
                pending.append(l.strip()).append('\n');
                rows.add(row);
                continue;
            }
            TableBuilder.checkColumns(l, '|');
            TableBuilder.checkCells(cells += 1);
            pending.append(l, 0, bar);
            row.add(new TableCell(pending.toString().strip(), r, 0, false));
            pending.setLength(0);
            String[] rest = l.substring(bar + 1).split("\\|", -1);
            for (int k = 0; k < rest.length; k++) {
                boolean last = k == rest.length - 1;
                String seg = rest[k];
                if (last) {
                    if (!seg.isBlank()) {
                        pending.append(seg.strip()).append('\n');
                    }
                    break;
                }
                TableBuilder.checkCells(++cells);
                row.add(new TableCell(seg.strip(), r, row.size(), seg.isBlank()));
            }
            rows.add(row);
        }
        return new Table(index, rows);
    }
}
