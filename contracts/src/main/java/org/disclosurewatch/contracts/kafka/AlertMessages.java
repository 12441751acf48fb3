package org.disclosurewatch.contracts.kafka;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZoneOffset;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Builds the message of an alert: a CloudEvent (binary mode on Kafka: {@code ce_*} headers) whose data is the
 * {@link FilingAlert}, keyed by agency. Used by every service that raises alerts, so all alerts look alike.
 */
public final class AlertMessages {
    private AlertMessages() {
    }

    public static Message<FilingAlert> of(FilingAlert alert) {
        OutgoingCloudEventMetadata<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(alert.alertId())
                .withSource(URI.create(FilingAlert.SOURCE))
                .withType(alert.cloudEventType())
                .withSubject(alert.subject())
                .withDataContentType("application/json")
                .withTimestamp(alert.raisedAt().atZone(ZoneOffset.UTC))
                .withExtension("severity", alert.finding().severity().id())
                .withExtension("kind", alert.finding().kind())
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(alert.agency())
                .build();
        return Message.of(alert).addMetadata(ce).addMetadata(kafka);
    }
}
