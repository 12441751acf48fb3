package org.disclosurewatch.store.availability;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.store.ingest.AlertPublisher;
import org.disclosurewatch.store.ingest.DatabaseProbe;
import org.disclosurewatch.store.ingest.IngestConfig;
import org.disclosurewatch.store.ingest.StoreWriteLock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads withdrawals and restorations of filings (channel {@code availability}, group dw-store-availability) and
 * hands them to {@link FilingAvailabilityService}; sends the alerts raised after the transaction committed (the
 * outbox sends again what the broker did not acknowledge). An unreadable record is dead-lettered; a transient
 * failure is retried with the channel paused, as for validated reports.
 */
@ApplicationScoped
public class FilingAvailabilityConsumer {
    static final String CHANNEL = "availability";
    private static final Logger LOG = Logger.getLogger(FilingAvailabilityConsumer.class);

    private final FilingAvailabilityService service;
    private final AlertPublisher publisher;
    private final StoreWriteLock lock;
    private final TransientRetry retry;

    public FilingAvailabilityConsumer(FilingAvailabilityService service, AlertPublisher publisher, StoreWriteLock lock,
                                      IngestConfig config, DatabaseProbe database, KafkaClientService clients) {
        this.service = service;
        this.publisher = publisher;
        this.lock = lock;
        this.retry = new TransientRetry(config.retryPolicy(), new ConsumptionPause(clients, CHANNEL),
                database::reachable);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(byte[] payload) {
        FilingAvailability event = Json.read(payload, FilingAvailability.class, FilingAvailability.SCHEMA);
        List<FilingAlert> alerts = retry.run(event.status() + " " + event.documentUrl(),
                () -> lock.run(() -> service.apply(event)));
        try {
            publisher.publish(alerts);
        } catch (RuntimeException e) {
            LOG.warnf("alerts of %s not handed to the broker now (%s); the outbox sends them again",
                    event.documentUrl(), e);
        }
    }
}
