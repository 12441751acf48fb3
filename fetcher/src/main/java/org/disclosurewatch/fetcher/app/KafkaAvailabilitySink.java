package org.disclosurewatch.fetcher.app;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.fetcher.crawl.AvailabilitySink;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Emits withdrawals and restorations of filings on channel {@code availability}, keyed by the report's canonical
 * URL, waiting for the broker's ack.
 */
@ApplicationScoped
public class KafkaAvailabilitySink implements AvailabilitySink {
    private final MutinyEmitter<FilingAvailability> emitter;

    public KafkaAvailabilitySink(@Channel("availability") MutinyEmitter<FilingAvailability> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void emit(FilingAvailability event) {
        emitter.sendMessageAndAwait(Message.of(event).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.documentUrl()).build()));
    }
}
