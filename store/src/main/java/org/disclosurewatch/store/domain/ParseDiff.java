package org.disclosurewatch.store.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.disclosurewatch.contracts.events.Finding;

/**
 * What differs between two readings of the same document, cell by cell and finding by finding.
 *
 * <p>Cells are compared by path and numeric value ({@code 12} equals {@code 12.00}); a blank cell ({@code null})
 * differs from any number, and a cell one reading has and the other lacks (another form) differs too. Findings
 * are compared by what they say: rule, kind, cell, observed and expected value ({@link #key}); the wording of the
 * message and the rule's version do not make a difference.
 *
 * @param cells      every cell that differs, in path order
 * @param added      findings of the new reading the old one lacks
 * @param gone       findings of the old reading the new one lacks
 */
public record ParseDiff(List<CellChange> cells, List<Finding> added, List<Finding> gone) {
    /** How a cell reads when it is blank in the filing. */
    public static final String BLANK = "blank";
    /** How a cell reads when that reading has no such cell. */
    public static final String ABSENT = "absent";

    public ParseDiff {
        cells = List.copyOf(cells);
        added = List.copyOf(added);
        gone = List.copyOf(gone);
    }

    /** One reading: every cell (path to value, null for blank) and the findings of the checks on it. */
    public record Reading(Map<String, BigDecimal> cells, List<Finding> findings) {
        public Reading {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            findings = List.copyOf(findings);
        }
    }

    /** A cell whose value differs: {@code before} and {@code after} are plain numbers, {@link #BLANK} or {@link #ABSENT}. */
    public record CellChange(String path, String before, String after) {
    }

    public static ParseDiff between(Reading before, Reading after) {
        List<CellChange> cells = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.cells().keySet());
        paths.addAll(after.cells().keySet());
        for (String path : paths) {
            String b = text(before.cells(), path);
            String a = text(after.cells(), path);
            if (!sameValue(before.cells(), after.cells(), path)) {
                cells.add(new CellChange(path, b, a));
            }
        }
        Map<String, Finding> old = byKey(before.findings());
        Map<String, Finding> now = byKey(after.findings());
        List<Finding> added = now.entrySet().stream().filter(e -> !old.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<Finding> gone = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new ParseDiff(cells, added, gone);
    }

    /** Whether anything differs. */
    public boolean changed() {
        return !cells.isEmpty() || !added.isEmpty() || !gone.isEmpty();
    }

    /** What makes two findings the same finding: rule, kind, cell, observed, expected. */
    public static String key(Finding f) {
        return f.ruleId() + "|" + f.kind() + "|" + f.cell() + "|" + f.observed() + "|" + f.expected();
    }

    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            m.putIfAbsent(key(f), f);
        }
        return m;
    }

    private static boolean sameValue(Map<String, BigDecimal> a, Map<String, BigDecimal> b, String path) {
        if (a.containsKey(path) != b.containsKey(path)) {
            return false;
        }
        BigDecimal x = a.get(path);
        BigDecimal y = b.get(path);
        if (x == null || y == null) {
            return Objects.equals(x, y);
        }
        return x.compareTo(y) == 0;
    }

    private static String text(Map<String, BigDecimal> cells, String path) {
        if (!cells.containsKey(path)) {
            return ABSENT;
        }
        BigDecimal v = cells.get(path);
        return v == null ? BLANK : v.stripTrailingZeros().toPlainString();
    }
}
