package org.disclosurewatch.fetcher.app;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.crawl.DocumentSink;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Emits fetched documents on channel {@code documents}, keyed by canonical URL, waiting for the broker's ack. */
@ApplicationScoped
public class KafkaDocumentSink implements DocumentSink {
    private final MutinyEmitter<FetchedDocument> emitter;

    public KafkaDocumentSink(@Channel("documents") MutinyEmitter<FetchedDocument> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void emit(FetchedDocument document) {
        emitter.sendMessageAndAwait(Message.of(document).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(document.canonicalUrl()).build()));
    }
}
