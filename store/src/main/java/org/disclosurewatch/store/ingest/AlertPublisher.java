package org.disclosurewatch.store.ingest;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends the store's own alerts as CloudEvents (binary mode) on channel {@code alerts}: type from the
 * finding's kind, source {@link FilingAlert#SOURCE}, subject agency/year, id = alert id, key = agency.
 */
@ApplicationScoped
public class AlertPublisher {
    private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

    @Inject
    @Channel("alerts")
    Emitter<FilingAlert> emitter;

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
        emitter.send(Message.of(alert).addMetadata(ce).addMetadata(kafka));
        LOG.infof("alert %s %s %s", alert.finding().kind(), alert.subject(), alert.alertId());
    }
}
