package org.disclosurewatch.store.domain;

import java.util.Map;

/**
 * The lag of a consumer group on one topic, in records: for each partition, the end offset minus the
 * committed offset; a partition the group never committed counts from the partition's start offset (every
 * record in it is still to be read).
 */
public final class ConsumerLag {
    private ConsumerLag() {
    }

    /**
     * @param committed committed offset by partition (absent: never committed)
     * @param start     earliest available offset by partition
     * @param end       end offset (next offset to be written) by partition
     */
    public static long records(Map<Integer, Long> committed, Map<Integer, Long> start, Map<Integer, Long> end) {
        long lag = 0;
        for (var e : end.entrySet()) {
            long from = committed.containsKey(e.getKey()) ? committed.get(e.getKey()) : start.getOrDefault(e.getKey(), 0L);
            lag += Math.max(0, e.getValue() - from);
        }
        return lag;
    }

    /** Records consumed so far: the sum of committed offsets (what moved is the throughput). */
    public static long consumed(Map<Integer, Long> committed) {
        return committed.values().stream().mapToLong(Long::longValue).sum();
    }
}
