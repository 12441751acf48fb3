package org.disclosurewatch.store.originals;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.json.UnsupportedRecordException;
import org.disclosurewatch.store.ingest.DatabaseProbe;
import org.disclosurewatch.store.ingest.IngestConfig;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the original of every fetched document (channel {@code originals}: the documents topic, group
 * dw-store-originals). The record is acknowledged once its bytes are stored. A record that cannot be read, or
 * whose bytes do not hash to the SHA-256 it declares, goes to the documents dead-letter topic with the reason;
 * while the database (or the object store, backend {@code s3}) is away the same record is retried with the channel
 * paused.
 */
@ApplicationScoped
public class DocumentOriginalsConsumer {
    static final String CHANNEL = "originals";

    private final OriginalStore store;
    private final TransientRetry retry;

    public DocumentOriginalsConsumer(OriginalStore store, IngestConfig config, DatabaseProbe database,
                                     KafkaClientService clients) {
        this.store = store;
        this.retry = new TransientRetry(config.retryPolicy(), new ConsumptionPause(clients, CHANNEL),
                () -> database.reachable() && store.reachable());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(byte[] payload) {
        FetchedDocument document = Json.read(payload, FetchedDocument.class, FetchedDocument.SCHEMA);
        Original original;
        try {
            original = Original.of(document);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedRecordException(e.getMessage(), e);
        }
        retry.run("original of " + document.sourceUrl(), () -> store.put(original));
    }
}
