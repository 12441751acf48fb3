package org.disclosurewatch.parser.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableCell;

/**
 * Decides which part of the report each table belongs to, by the labels it contains (not by the heading
 * above it, which is often misnumbered or missing), and joins the tables of one part (a table split over
 * pages, or part 二 printed as four small tables) into one stream of cells.
 */
public final class SectionTables {
    /** Longest cell text looked at as a label. */
    private static final int MAX_LABEL_LENGTH = 200;
    private static final Map<String, Section> DISTINCT_LABELS = distinctLabels();
    /** Each label's position when listing {@link #DISTINCT_LABELS}, to settle a cell that continues several. */
    private static final Map<String, Integer> LABEL_RANK = rankInListingOrder(DISTINCT_LABELS);

    private SectionTables() {
    }

    /** The cells of each part's tables in reading order, without merged-cell copies. */
    public static Map<Section, List<SourceCell>> streams(List<Block> blocks) {
        Map<Section, List<SourceCell>> out = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            out.put(s, new ArrayList<>());
        }
        for (Block b : blocks) {
            if (b instanceof Table t) {
                List<TableCell> cells = t.readingOrder();
                List<String> folded = new ArrayList<>(cells.size());
                for (TableCell c : cells) {
                    folded.add(Labels.fold(c.text()));
                }
                Section s = sectionOf(cells, folded);
                if (s != null) {
                    for (int i = 0; i < cells.size(); i++) {
                        TableCell c = cells.get(i);
                        out.get(s).add(new SourceCell(c.text(),
                                "table " + t.index() + " row " + c.row() + " col " + c.col(), folded.get(i)));
                    }
                }
            }
        }
        return out;
    }

    /** The part whose labels the table contains most, or null when it contains none. */
    public static Section sectionOf(Table t) {
        List<TableCell> cells = t.readingOrder();
        List<String> folded = new ArrayList<>(cells.size());
        for (TableCell c : cells) {
            folded.add(c.text().length() > MAX_LABEL_LENGTH ? null : Labels.fold(c.text()));
        }
        return sectionOf(cells, folded);
    }

    /** {@link #sectionOf(Table)} for cells whose texts are already folded ({@link Labels#fold}). */
    private static Section sectionOf(List<TableCell> cells, List<String> folded) {
        Map<Section, Set<String>> hits = new EnumMap<>(Section.class);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).text().length() > MAX_LABEL_LENGTH) {
                continue;
            }
            String key = Labels.stripNumbering(folded.get(i));
            Section s = DISTINCT_LABELS.get(key);
            if (s == null) {
                s = qualifiedLabelSection(key);
            }
            if (s != null) {
                hits.computeIfAbsent(s, x -> new HashSet<>()).add(key);
            }
        }
        Section best = null;
        int bestCount = 0;
        for (Map.Entry<Section, Set<String>> e : hits.entrySet()) {
            if (e.getValue().size() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue().size();
            }
        }
        return best;
    }

    /**
     * The part of a label that the key continues with a parenthesised qualifier ("其他(请注明)"), or null.
     * When the key continues several labels, the one listed first in {@link #DISTINCT_LABELS} wins.
     */
    private static Section qualifiedLabelSection(String key) {
        Section best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int p = key.indexOf('('); p >= 0; p = key.indexOf('(', p + 1)) {
            Integer rank = LABEL_RANK.get(key.substring(0, p));
            if (rank != null && rank < bestRank) {
                bestRank = rank;
                best = DISTINCT_LABELS.get(key.substring(0, p));
            }
        }
        return best;
    }

    private static Map<String, Integer> rankInListingOrder(Map<String, Section> labels) {
        Map<String, Integer> rank = new HashMap<>();
        for (String label : labels.keySet()) {
            rank.put(label, rank.size());
        }
        return rank;
    }

    private static Map<String, Section> distinctLabels() {
        Map<String, Set<Section>> seen = new HashMap<>();
        for (FormDefinition form : Forms.all()) {
            for (Section s : Section.values()) {
                for (RowSpec row : form.rows(s)) {
                    for (String l : row.labels()) {
                        seen.computeIfAbsent(Labels.key(l), k -> new HashSet<>()).add(s);
                    }
                    for (ColumnSpec c : row.columns()) {
                        for (String l : c.labels()) {
                            seen.computeIfAbsent(Labels.key(l), k -> new HashSet<>()).add(s);
                        }
                    }
                }
            }
        }
        for (String extra : List.of("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项",
                "第二十条第(九)项", "信息内容")) {
            seen.computeIfAbsent(Labels.key(extra), k -> new HashSet<>()).add(Section.ACTIVE_DISCLOSURE);
        }
        List<String> requestHeaders = new ArrayList<>(List.of("申请人情况", "法人或其他组织", "本年度办理结果"));
        // the outcome classes printed as group labels spanning their rows
        for (OutcomeClass c : List.of(OutcomeClass.DENIED, OutcomeClass.UNAVAILABLE, OutcomeClass.NOT_PROCESSED)) {
            requestHeaders.add(c.label());
        }
        for (String extra : requestHeaders) {
            seen.computeIfAbsent(Labels.key(extra), k -> new HashSet<>()).add(Section.REQUESTS);
        }
        seen.computeIfAbsent(Labels.key("行政诉讼"), k -> new HashSet<>()).add(Section.REVIEWS_AND_LITIGATION);
        Map<String, Section> out = new HashMap<>();
        seen.forEach((k, v) -> {
            if (v.size() == 1 && !k.isEmpty()) {
                out.put(k, v.iterator().next());
            }
        });
        return out;
    }
}
