package org.disclosurewatch.store.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 500;

    /** Page numbers and sizes as asked, brought within bounds. */
    public record Request(int page, int size) {
        public static Request of(int page, int size) {
            return new Request(Math.max(0, page), Math.max(1, Math.min(MAX_SIZE, size)));
        }

        public int offset() {
            return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
        }

        /**
         * How to read this page of {@code total} ordered rows with the fewest rows skipped: from the start, or,
         * when the page lies in the back half, from the end in the reverse order (the rows then come last first).
         */
        public Window window(long total) {
            long start = offset();
            long end = Math.min(total, start + size);
            if (start >= end) {
                return new Window(false, offset(), size);
            }
            long skippedFromEnd = total - end;
            return skippedFromEnd < start ? new Window(true, (int) skippedFromEnd, (int) (end - start))
                    : new Window(false, (int) start, size);
        }
    }

    /**
     * The rows to read for a page.
     *
     * @param fromEnd read in the reverse order (and reverse what was read)
     * @param skip    rows to skip in that order
     * @param limit   rows to read
     */
    public record Window(boolean fromEnd, int skip, int limit) {
    }

    /** A page of an in-memory list. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        Request r = Request.of(page, size);
        int from = Math.min(r.offset(), all.size());
        int to = Math.min(from + r.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), r.page(), r.size(), all.size());
    }

    /** A page read by the database: only this page's rows are loaded; {@code total} is counted separately. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, long total, Request r, Function<E, T> view) {
        List<E> rows = query.range(r.offset(), r.offset() + r.size() - 1).list();
        return new Page<>(rows.stream().map(view).toList(), r.page(), r.size(), total);
    }
}
