package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void csvHasOneLinePerCellAndBlanksStayEmpty() {
        Map<String, CellsCsv.Cell> cells = new LinkedHashMap<>();
        cells.put("requests.new_received.total", new CellsCsv.Cell(new BigDecimal(52), "count"));
        cells.put("requests.unavailable_needs_creation.total", new CellsCsv.Cell(null, "count"));
        cells.put("active_disclosure.administrative_fees.amount_yuan", new CellsCsv.Cell(new BigDecimal("79263139.000000"), "money_yuan"));
        String csv = CellsCsv.write(cells);
        assertEquals(CellsCsv.HEADER + "\r\n"
                + "requests.new_received.total,requests,new_received,total,52,count\r\n"
                + "requests.unavailable_needs_creation.total,requests,unavailable_needs_creation,total,,count\r\n"
                + "active_disclosure.administrative_fees.amount_yuan,active_disclosure,administrative_fees,amount_yuan,79263139,money_yuan\r\n",
                csv);
        assertEquals("\"a,\"\"b\"\"\"", CellsCsv.quote("a,\"b\""));
    }

    @Test
    void lagCountsUncommittedPartitionsFromTheirStart() {
        Map<Integer, Long> committed = Map.of(0, 5L);
        Map<Integer, Long> start = Map.of(0, 0L, 1, 2L);
        Map<Integer, Long> end = Map.of(0, 7L, 1, 10L);
        assertEquals(2 + 8, ConsumerLag.records(committed, start, end));
        assertEquals(5, ConsumerLag.consumed(committed));
    }

    @Test
    void throughputIsWhatMovedWithinTheWindow() {
        ThroughputWindow w = new ThroughputWindow(Duration.ofHours(1));
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(0, w.moved());
        w.record(t, 10);
        w.record(t.plusSeconds(1800), 25);
        assertEquals(15, w.moved());
        w.record(t.plusSeconds(4000), 40);
        assertEquals(15, w.moved(), "the sample older than an hour is dropped");
        assertEquals(Duration.ofSeconds(2200), w.covered());
    }
}
