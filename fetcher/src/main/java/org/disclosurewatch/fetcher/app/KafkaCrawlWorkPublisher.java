package org.disclosurewatch.fetcher.app;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.fetcher.crawl.CrawlWork;
import org.disclosurewatch.fetcher.crawl.CrawlWorkPublisher;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes crawl work on channel {@code crawl-work}, keyed by host. */
@ApplicationScoped
public class KafkaCrawlWorkPublisher implements CrawlWorkPublisher {
    private final MutinyEmitter<CrawlWork> emitter;

    public KafkaCrawlWorkPublisher(@Channel("crawl-work") MutinyEmitter<CrawlWork> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(CrawlWork work) {
        emitter.sendMessageAndAwait(Message.of(work).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(work.host()).build()));
    }
}
