package org.disclosurewatch.store.ingest;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends the store's own alerts as CloudEvents (binary mode) on channel {@code alerts}: type from the
 * finding's kind, source {@link FilingAlert#SOURCE}, subject agency/year, id = alert id, key = agency.
 * The broker's acknowledgement is recorded in the {@link AlertOutbox}.
 */
@ApplicationScoped
public class AlertPublisher {
    private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

    @Inject
    @Channel("alerts")
    Emitter<FilingAlert> emitter;
    @Inject
    AlertOutbox outbox;
    @Inject
    ManagedExecutor executor;

    public void publish(List<FilingAlert> alerts) {
        for (FilingAlert alert : alerts) {
            publish(alert);
        }
    }

    public void publish(FilingAlert alert) {
        OutgoingCloudEventMetadata<FilingAlert> ce = OutgoingCloudEventMetadata.<FilingAlert>builder()
                .withId(alert.alertId())
                .withType(alert.cloudEventType())
                .withSource(URI.create(FilingAlert.SOURCE))
                .withSubject(alert.subject())
                .withDataContentType("application/json")
                .withTimestamp(alert.raisedAt().atZone(java.time.ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(alert.agency())
                .build();
        Message<FilingAlert> message = Message.of(alert).addMetadata(ce).addMetadata(kafka)
                .withAck(() -> {
                    executor.runAsync(() -> outbox.markSent(alert.alertId()));
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    LOG.warnf("alert %s not sent, will retry: %s", alert.alertId(), e.toString());
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        LOG.infof("alert %s %s %s", alert.finding().kind(), alert.subject(), alert.alertId());
    }
}
