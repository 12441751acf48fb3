package org.disclosurewatch.store.api;

import java.util.List;

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

    public static <T> Page<T> of(List<T> all, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        int from = (int) Math.min((long) p * s, all.size());
        int to = Math.min(from + s, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), p, s, all.size());
    }
}
