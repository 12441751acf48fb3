package org.disclosurewatch.fetcher.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with ±50 % jitter, capped. */
public final class Backoff {
    private final Duration initial;
    private final Duration max;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The pause after failed attempt number {@code attempt} (1 = the first try failed). */
    public Duration after(int attempt) {
        double base = initial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double jittered = base * (0.5 + ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis((long) Math.min(max.toMillis(), jittered));
    }
}
