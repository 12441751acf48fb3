package org.disclosurewatch.store.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.disclosurewatch.contracts.failure.RetryPolicy;

/** How the store's consumer retries when the database is away (prefix {@code dw.store.ingest}). */
@ConfigMapping(prefix = "dw.store.ingest")
public interface IngestConfig {
    /** First wait after a transient failure (database unreachable, I/O error, timeout); doubles each time. */
    @WithDefault("100ms")
    Duration retryInitialBackoff();

    /** Longest wait between two attempts; a transient failure is retried for as long as it lasts. */
    @WithDefault("5s")
    Duration retryMaxBackoff();

    /** Attempts on a unique-key conflict (another replica created the same row) before dead-lettering. */
    @WithDefault("5")
    int conflictAttempts();

    /** How often the store's alerts the broker never acknowledged are sent again ({@code off}: only by the hourly check). */
    @WithDefault("30s")
    String outboxEvery();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retryInitialBackoff(), retryMaxBackoff(), conflictAttempts());
    }
}
