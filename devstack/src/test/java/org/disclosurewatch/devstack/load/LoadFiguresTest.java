package org.disclosurewatch.devstack.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LoadFiguresTest {
    @Test
    void theReportPrintsItsTablesAndEndsWithTheLoadLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path work) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        LoadRun.Config config = new LoadRun.Config("127.0.0.1:1", "jdbc:postgresql://127.0.0.1:1/none", "u", "p", work,
                0, LoadMix.parse(LoadMix.DEFAULT), 1, 1L, java.time.Duration.ofSeconds(1));
        try (LoadRun run = new LoadRun(config, out)) {
            String line = run.report(List.of(), Map.of());
            assertTrue(line.startsWith("load: 0 sent, 0 stored, "), line);
            String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(printed.contains("send→stored"), printed);
            assertTrue(printed.contains("cpu %") && printed.contains("% of one core"), printed);
        }
    }

    @Test
    void percentilesByNearestRank() {
        Percentiles p = new Percentiles(LongStream.rangeClosed(1, 100).boxed().toList());
        assertEquals(50, p.at(50));
        assertEquals(95, p.at(95));
        assertEquals(99, p.at(99));
        assertEquals(100, p.max());
        assertEquals(7, new Percentiles(List.of(7L)).at(99));
        assertEquals(-1, new Percentiles(List.of()).at(50));
    }

    @Test
    void theMixIsDrawnByWeight() {
        LoadMix mix = LoadMix.parse("html=3,pdf=1,text=0");
        Map<String, Integer> n = new HashMap<>();
        Random r = new Random(1);
        for (int i = 0; i < 4000; i++) {
            n.merge(mix.pick(r), 1, Integer::sum);
        }
        assertEquals(null, n.get("text"));
        assertTrue(n.get("html") > 2800 && n.get("html") < 3200, n.toString());
        assertThrows(IllegalArgumentException.class, () -> LoadMix.parse("rtf=1"));
        assertThrows(IllegalArgumentException.class, () -> LoadMix.parse("html=0"));
    }

    @Test
    void cpuTimeIsReadFromProcStatEvenWithSpacesInTheName() {
        String stat = "4242 (java main) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 100 0 0";
        assertEquals(3.0, ProcessStats.cpuSecondsOf(stat), 1e-9);
        assertTrue(ProcessStats.cpuSeconds(ProcessHandle.current().pid()) > 0);
        assertTrue(ProcessStats.rssMegabytes(ProcessHandle.current().pid()) > 0);
    }
}
