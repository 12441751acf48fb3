package org.disclosurewatch.store.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Samples of an ever-growing counter (records consumed) over a sliding window; the throughput is how much
 * the counter moved between the oldest sample in the window and the newest. Thread-safe.
 */
public final class ThroughputWindow {
    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    private record Sample(Instant at, long count) {
    }

    public ThroughputWindow(Duration window) {
        this.window = window;
    }

    public synchronized void record(Instant at, long count) {
        samples.addLast(new Sample(at, count));
        Instant floor = at.minus(window);
        while (samples.size() > 1 && samples.peekFirst().at().isBefore(floor)) {
            samples.removeFirst();
        }
    }

    /** How much the counter grew within the window (0 with fewer than two samples). */
    public synchronized long moved() {
        if (samples.size() < 2) {
            return 0;
        }
        return Math.max(0, samples.peekLast().count() - samples.peekFirst().count());
    }

    /** The span the samples cover. */
    public synchronized Duration covered() {
        if (samples.size() < 2) {
            return Duration.ZERO;
        }
        return Duration.between(samples.peekFirst().at(), samples.peekLast().at());
    }
}
