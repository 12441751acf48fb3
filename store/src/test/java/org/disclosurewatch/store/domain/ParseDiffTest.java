package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.store.domain.ParseDiff.CellChange;
import org.disclosurewatch.store.domain.ParseDiff.Reading;
import org.junit.jupiter.api.Test;

class ParseDiffTest {
    private static final Finding SUM = new Finding("part3.row_sum", 1, "inconsistent_total", Severity.ERROR,
            "requests.new_received.total", List.of("requests.new_received.total"), "12", "10", "合计不符");
    private static final Finding BLANK = new Finding("blank", 1, "empty_cell", Severity.WARNING,
            "requests.carried_over.total", List.of(), null, null, "空白");

    @Test
    void theSameReadingDiffersInNothingEvenWhenNumbersAreWrittenOtherwise() {
        Reading a = new Reading(cells("a", "12", "b", null), List.of(SUM));
        Finding reworded = new Finding(SUM.ruleId(), 2, SUM.kind(), SUM.severity(), SUM.cell(), SUM.cells(),
                SUM.observed(), SUM.expected(), "另一种说法");
        Reading b = new Reading(cells("a", "12.000", "b", null), List.of(reworded));
        ParseDiff d = ParseDiff.between(a, b);
        assertFalse(d.changed(), d.toString());
    }

    @Test
    void aCellThatChangedIsListedWithBothValues() {
        Reading a = new Reading(cells("a", "12", "b", null, "c", "1"), List.of());
        Reading b = new Reading(cells("a", "10", "b", "3", "d", "1"), List.of());
        ParseDiff d = ParseDiff.between(a, b);
        assertTrue(d.changed());
        assertEquals(List.of(new CellChange("a", "12", "10"), new CellChange("b", ParseDiff.BLANK, "3"),
                new CellChange("c", "1", ParseDiff.ABSENT), new CellChange("d", ParseDiff.ABSENT, "1")), d.cells());
    }

    @Test
    void findingsAreAddedOrGoneByWhatTheySay() {
        Finding otherObserved = new Finding(SUM.ruleId(), 1, SUM.kind(), SUM.severity(), SUM.cell(), SUM.cells(),
                "11", "10", SUM.message());
        ParseDiff d = ParseDiff.between(new Reading(Map.of(), List.of(SUM, BLANK)),
                new Reading(Map.of(), List.of(BLANK, otherObserved)));
        assertEquals(List.of(otherObserved), d.added());
        assertEquals(List.of(SUM), d.gone());
        assertTrue(d.cells().isEmpty());
        assertTrue(d.changed());
    }

    @Test
    void parserVersionsCompareNumberByNumberAndUnrecordedIsOldest() {
        assertTrue(ParserVersions.olderThan(null, "0.0.1"));
        assertTrue(ParserVersions.olderThan("unknown", "0.0.1"));
        assertTrue(ParserVersions.olderThan("0.9.2", "0.10.0"));
        assertTrue(ParserVersions.olderThan("0.1.0-SNAPSHOT", "0.1.0"));
        assertFalse(ParserVersions.olderThan("0.1.0", "0.1.0"));
        assertFalse(ParserVersions.olderThan("0.1.0-SNAPSHOT", "0.1.0-SNAPSHOT"));
        assertFalse(ParserVersions.olderThan("1.0", "0.99.99"));
        assertTrue(ParserVersions.olderThan("1.0", "1.0.1"));
    }

    private static Map<String, BigDecimal> cells(String... pathsAndValues) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            m.put(pathsAndValues[i], pathsAndValues[i + 1] == null ? null : new BigDecimal(pathsAndValues[i + 1]));
        }
        return m;
    }
}
