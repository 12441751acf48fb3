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

    /** CloudEvent extension on alerts raised by a re-read of a stored version ({@code ./dw reparse}): "true". */
    public static final String REREAD_EXTENSION = "reread";

    public static Message<FilingAlert> of(FilingAlert alert) {
        return of(alert, false);
    }

    /**
     * The message of an alert; one raised by a re-read of a stored version carries the extension
     * {@value #REREAD_EXTENSION}{@code =true} (Kafka header {@code ce_reread}), so subscribers can tell it from
     * an alert on a new filing.
     */
    public static Message<FilingAlert> of(FilingAlert alert, boolean reread) {
        var builder = OutgoingCloudEventMetadata.builder()
                .withId(alert.alertId())
                .withSource(URI.create(FilingAlert.SOURCE))
                .withType(alert.cloudEventType())
                .withSubject(alert.subject())
                .withDataContentType("application/json")
                .withTimestamp(alert.raisedAt().atZone(ZoneOffset.UTC))
                .withExtension("severity", alert.finding().severity().id())
                .withExtension("kind", alert.finding().kind());
        if (reread) {
            builder = builder.withExtension(REREAD_EXTENSION, "true");
        }
        OutgoingCloudEventMetadata<Object> ce = builder.build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(alert.agency())
                .build();
        return Message.of(alert).addMetadata(ce).addMetadata(kafka);
    }
}
