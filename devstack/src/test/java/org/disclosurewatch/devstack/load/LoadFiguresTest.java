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
