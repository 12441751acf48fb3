package org.disclosurewatch.parser.extract.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.parser.form.Labels;

/**
 * Puts right a form label OCR misread by a character or two ("禁止" read as "茜止"): a table cell whose text,
 * numbering aside, is within a small edit distance of exactly one of the forms' row, group or column labels, and
 * nearer to it than to any other, is read as that label. Only labels are touched, never a number.
 */
public final class OcrLabels {
    private static final List<String> LABELS = labels();

    private OcrLabels() {
    }

    private static List<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        for (FormDefinition form : List.of(Forms.FORM_2021, Forms.FORM_2019)) {
            for (Section s : Section.values()) {
                for (RowSpec r : form.rows(s)) {
                    r.labels().forEach(l -> out.add(Labels.formLabelKey(l)));
                    if (r.group() != null) {
                        out.add(Labels.formLabelKey(r.group()));
                    }
                    for (ColumnSpec c : r.columns()) {
                        c.labels().forEach(l -> out.add(Labels.formLabelKey(l)));
                    }
                }
            }
        }
        out.remove("");
        return new ArrayList<>(out);
    }

    /** Most characters a label of {@code length} may be misread in: one in up to seven, and at least one. */
    static int allowance(int length) {
        return Math.max(1, length / 7);
    }

    /** The text with its label put right, or the text itself when no single label is near enough. */
    public static String snap(String text) {
        return snap(text, LABELS);
    }

    static String snap(String text, List<String> labels) {
        String folded = Labels.fold(text);
        String key = Labels.stripNumbering(folded);
        if (key.length() < 2 || !OcrNumbers.hasCjk(key)) {
            return text;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String label : labels) {
            if (Math.abs(label.length() - key.length()) > allowance(label.length())) {
                continue;
            }
            int d = distance(key, label, allowance(label.length()));
            if (d == 0) {
                return text;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = label;
                tie = false;
            } else if (d == bestDistance && !label.equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > allowance(best.length())) {
            return text;
        }
        return folded.substring(0, folded.length() - key.length()) + best;
    }

    /** Levenshtein distance, or {@code limit + 1} once it is sure to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
