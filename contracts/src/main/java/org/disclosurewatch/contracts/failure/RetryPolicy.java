package org.disclosurewatch.contracts.failure;

import java.time.Duration;

/**
 * How long to wait between attempts: exponential from {@code initial} to {@code max} for transient failures;
 * conflicts are retried {@code conflictAttempts} times, then treated as permanent.
 */
public record RetryPolicy(Duration initial, Duration max, int conflictAttempts) {
    /** 100 ms doubling up to 10 s; 5 attempts on a conflict. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10), 5);

    public RetryPolicy {
        if (initial.isNegative() || max.compareTo(initial) < 0 || conflictAttempts < 1) {
            throw new IllegalArgumentException("bad retry policy " + initial + " " + max + " " + conflictAttempts);
        }
    }

    /** The wait before attempt {@code failures + 1} (failures ≥ 1). */
    public Duration backoff(int failures) {
        long ms = initial.toMillis();
        for (int i = 1; i < failures && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }
}
