package org.disclosurewatch.fetcher.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** Counts fetches by outcome and bytes received ({@code dw_fetcher_fetches_total}, {@code dw_fetcher_bytes_total}). */
public final class FetchMetrics {
    private final MeterRegistry registry;
    private final Counter bytes;

    public FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytes = Counter.builder("dw.fetcher.bytes").description("Body bytes received from portals")
                .baseUnit("bytes").register(registry);
    }

    public void fetched(Outcome outcome, long bodyBytes) {
        Counter.builder("dw.fetcher.fetches").description("Fetches by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
        if (bodyBytes > 0) {
            bytes.increment(bodyBytes);
        }
    }

    public double count(Outcome outcome) {
        Counter c = registry.find("dw.fetcher.fetches").tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).counter();
        return c == null ? 0 : c.count();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
