package org.disclosurewatch.store.web;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Lays out a report's three tables as the form prints them, marking every cell a finding names (its
 * principal cell and every cell involved) with the numbers of those findings.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** One printed table. */
    @TemplateData
    public record SectionView(String key, String title, List<BlockView> blocks) {
    }

    /** Rows that share the same columns (part 二 prints several such blocks). */
    @TemplateData
    public record BlockView(List<String> headers, List<RowView> rows) {
    }

    @TemplateData
    public record RowView(String group, String label, List<CellView> cells) {
    }

    /**
     * One cell as shown.
     *
     * @param markers the numbers of the findings that name it, "1 3", or "" when none
     */
    @TemplateData
    public record CellView(String path, String text, boolean present, boolean flagged, String markers) {
    }

    /** The printed header; money is stored and shown in yuan, whatever unit the form prints. */
    static String header(ColumnSpec c) {
        String label = c.labels().get(0);
        return c.kind() == org.disclosurewatch.contracts.form.CellKind.MONEY_YUAN
                ? label.replaceAll("（[^）]*）", "") + "（元）" : label;
    }

    /** A finding with the number that marks its cells. */
    @TemplateData
    public record NumberedFinding(int number, Finding finding) {
    }

    public static List<NumberedFinding> number(List<Finding> findings) {
        List<NumberedFinding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            out.add(new NumberedFinding(i + 1, findings.get(i)));
        }
        return out;
    }

    /**
     * @param form     the form the report follows
     * @param cells    dotted path → value (null for a blank cell); paths absent from the map were not in the document
     * @param findings the findings, numbered from 1 in this order
     */
    public static List<SectionView> layout(FormDefinition form, Map<String, BigDecimal> cells, List<Finding> findings) {
        Map<String, TreeSet<Integer>> marks = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            List<String> named = new ArrayList<>(f.cells());
            if (f.cell() != null) {
                named.add(f.cell());
            }
            for (String path : named) {
                marks.computeIfAbsent(path, p -> new TreeSet<>()).add(i + 1);
            }
        }
        List<SectionView> out = new ArrayList<>();
        for (Section section : Section.values()) {
            List<BlockView> blocks = new ArrayList<>();
            List<String> currentKeys = null;
            List<RowView> rows = null;
            for (RowSpec row : form.rows(section)) {
                List<String> keys = row.columns().stream().map(ColumnSpec::key).toList();
                if (!keys.equals(currentKeys)) {
                    rows = new ArrayList<>();
                    blocks.add(new BlockView(row.columns().stream().map(ReportTables::header).toList(), rows));
                    currentKeys = keys;
                }
                List<CellView> views = new ArrayList<>();
                for (ColumnSpec col : row.columns()) {
                    String path = section.key() + "." + row.key() + "." + col.key();
                    boolean present = cells.containsKey(path);
                    BigDecimal v = cells.get(path);
                    String text = v == null ? "" : v.stripTrailingZeros().toPlainString();
                    TreeSet<Integer> m = marks.get(path);
                    String markers = m == null ? "" : String.join(" ", m.stream().map(String::valueOf).toList());
                    views.add(new CellView(path, text, present, m != null, markers));
                }
                rows.add(new RowView(row.group(), row.label(), views));
            }
            out.add(new SectionView(section.key(), section.heading(), blocks));
        }
        return out;
    }
}
