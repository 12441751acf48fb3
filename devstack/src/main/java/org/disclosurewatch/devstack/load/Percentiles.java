package org.disclosurewatch.devstack.load;

import java.util.Collection;

/** Nearest-rank percentiles of a sample of durations in milliseconds. */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(Collection<Long> values) {
        this.sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100), nearest rank; -1 for an empty sample. */
    public long at(double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long max() {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    @Override
    public String toString() {
        return "p50 " + at(50) + " ms, p95 " + at(95) + " ms, p99 " + at(99) + " ms (n=" + sorted.length + ")";
    }
}
