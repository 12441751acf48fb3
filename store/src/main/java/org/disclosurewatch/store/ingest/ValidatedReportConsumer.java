package org.disclosurewatch.store.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.json.Json;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads validated reports (channel {@code validated}, group dw-store), stores them, then sends the alerts
 * the store raised. A record that cannot be read or stored goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class ValidatedReportConsumer {
    private final ReportIngest ingest;
    private final AlertPublisher publisher;
    private final StoreWriteLock lock;

    public ValidatedReportConsumer(ReportIngest ingest, AlertPublisher publisher, StoreWriteLock lock) {
        this.ingest = ingest;
        this.publisher = publisher;
        this.lock = lock;
    }

    @Incoming("validated")
    @Blocking
    public void consume(byte[] payload) {
        ValidatedReport report = Json.read(payload, ValidatedReport.class, ValidatedReport.SCHEMA);
        IngestResult result = lock.run(() -> ingest.ingest(report));
        publisher.publish(result.alerts());
    }
}
