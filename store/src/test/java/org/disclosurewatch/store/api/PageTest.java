package org.disclosurewatch.store.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    /** Reads a page the way the report listing does: the window's rows in its order, reversed when read from the end. */
    private static List<Integer> read(List<Integer> ordered, Page.Window w) {
        List<Integer> in = new ArrayList<>(ordered);
        if (w.fromEnd()) {
            Collections.reverse(in);
        }
        List<Integer> rows = new ArrayList<>(in.subList(Math.min(w.skip(), in.size()),
                (int) Math.min(in.size(), (long) w.skip() + w.limit())));
        if (w.fromEnd()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    @Test
    void everyPageReadFromEitherEndHoldsTheSameRowsAsReadFromTheStart() {
        for (int total = 0; total <= 23; total++) {
            List<Integer> ordered = IntStream.range(0, total).boxed().toList();
            for (int size = 1; size <= 6; size++) {
                for (int page = 0; page <= total + 1; page++) {
                    Page.Request r = Page.Request.of(page, size);
                    Page.Window w = r.window(total);
                    assertEquals(Page.of(ordered, page, size).items(), read(ordered, w),
                            "total " + total + ", size " + size + ", page " + page);
                    assertTrue(w.skip() <= (total + 1) / 2 || w.skip() >= total,
                            "a page within the rows skips at most half of them: " + w);
                }
            }
        }
    }

    @Test
    void theLastPageIsReadFromTheEndAndTheFirstFromTheStart() {
        Page.Window last = Page.Request.of(999, 50).window(50_000);
        assertEquals(new Page.Window(true, 0, 50), last);
        assertEquals(new Page.Window(false, 0, 50), Page.Request.of(0, 50).window(50_000));
        assertEquals(new Page.Window(true, 0, 10), Page.Request.of(4, 50).window(210), "a short last page");
    }
}
