package org.disclosurewatch.parser.extract.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.OcrReading;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.form.Labels;
import java.util.Set;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;

/** Lists the form's cells whose OCR reading is in doubt, by cell key. */
public final class OcrDoubts {
    /** Prefix of every such diagnostic: a reader of the report can pick them out by it. */
    public static final String PREFIX = "OCR doubt: ";

    private OcrDoubts() {
    }

    /**
     * One diagnostic per cell of the form (its key in {@code provenance}, "table T row R col C" as where it
     * was read) whose cell was read by OCR with a doubt: low confidence, letters taken for digits, or left
     * blank because it was not cleanly a number.
     */
    public static List<String> of(List<Block> blocks, Map<String, String> provenance) {
        Map<String, OcrReading> doubtful = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                for (List<TableCell> row : t.rows()) {
                    for (TableCell c : row) {
                        if (c.ocr() != null && c.ocr().doubt() != null) {
                            doubtful.put(where(t.index(), c.row(), c.col()), c.ocr());
                        }
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (doubtful.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, String> e : provenance.entrySet()) {
            OcrReading r = doubtful.get(e.getValue());
            if (r != null) {
                out.add(PREFIX + e.getKey() + ": " + r.doubt() + " at " + e.getValue());
            }
        }
        return out;
    }

    /** Whether any text of the document was read by OCR. */
    public static boolean readByOcr(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.ocr() != null) {
                return true;
            }
            if (b instanceof Table t && t.rows().stream().flatMap(List::stream).anyMatch(c -> c.ocr() != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form's cells that were not read at all from a document read by OCR (no cell of the document was
     * found for them: their row's label was not recognised): they are null, and listed.
     */
    public static List<String> unread(Set<String> formCells, Map<String, String> provenance) {
        List<String> out = new ArrayList<>();
        for (String path : formCells) {
            if (!provenance.containsKey(path)) {
                out.add(PREFIX + path + ": not read (its row or column label was not recognised)");
            }
        }
        return out;
    }

    /**
     * The report's scalars read by OCR with a doubt: the agency when the line it was read from was read with low
     * confidence, the signing date when none was found.
     */
    public static List<String> scalars(List<Block> blocks, String agency, boolean signed) {
        List<String> out = new ArrayList<>();
        if (agency != null) {
            String a = Labels.fold(agency);
            for (Block b : blocks) {
                if (b instanceof Paragraph p && p.ocr() != null && Labels.fold(p.text()).contains(a)) {
                    if (p.ocr().doubt() != null) {
                        out.add(PREFIX + "agency: " + p.ocr().doubt() + " in the line it was read from");
                    }
                    break;
                }
            }
        }
        if (!signed) {
            out.add(PREFIX + "signed_on: no signing date recognised in the text read by OCR");
        }
        return out;
    }

    /** The provenance of a cell, as the form reader writes it. */
    static String where(int table, int row, int col) {
        return "table " + table + " row " + row + " col " + col;
    }

    /** The cell keys a report's diagnostics list as read by OCR with a doubt. */
    public static List<String> keys(List<String> diagnostics) {
        List<String> out = new ArrayList<>();
        for (String d : diagnostics) {
            if (d.startsWith(PREFIX)) {
                int colon = d.indexOf(':', PREFIX.length());
                out.add(d.substring(PREFIX.length(), colon < 0 ? d.length() : colon));
            }
        }
        return out;
    }
}
