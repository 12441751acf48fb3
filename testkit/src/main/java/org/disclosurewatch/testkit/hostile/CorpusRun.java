package org.disclosurewatch.testkit.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;

/**
 * Feeds documents to the parser through the real topics and times what becomes of each: a parsed report
 * or a dead letter (with its reason). One consumer watches both outcome topics from the moment the run
 * starts, so a result is seen as soon as it is written.
 */
public final class CorpusRun implements AutoCloseable {
    /** What became of one document. */
    public record Outcome(String url, boolean deadLettered, String reason, Duration took) {
        public boolean ended() {
            return took != null;
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Outcome> results = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> onTopicAt = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean open = true;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public CorpusRun(String bootstrap) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "max.request.size", 52_428_800,
                "buffer.memory", 134_217_728L), new StringSerializer(), new ByteArraySerializer());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "corpus-run-" + run, "enable.auto.commit", "false",
                "max.partition.fetch.bytes", 52_428_800, "fetch.max.bytes", 52_428_800),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (String topic : List.of(Topics.PARSED, Topics.DOCUMENTS_DLQ)) {
            consumer.partitionsFor(topic).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position); // fixes the start before anything is sent
        watcher = new Thread(() -> watch(consumer), "corpus-run-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch(KafkaConsumer<String, byte[]> consumer) {
        try (consumer) {
            while (open) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    boolean dead = r.topic().equals(Topics.DOCUMENTS_DLQ);
                    String url = dead ? r.key() : sourceUrl(r.value());
                    Long sent = url == null ? null : onTopicAt.getOrDefault(url, sentAt.get(url));
                    if (sent != null) {
                        var h = r.headers().lastHeader(DeadLetters.REASON);
                        String reason = h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
                        results.putIfAbsent(url, new Outcome(url, dead, reason, Duration.ofNanos(now - sent)));
                    }
                }
            }
        }
    }

    private static String sourceUrl(byte[] parsedReport) {
        try {
            return Json.mapper().readTree(parsedReport).path("document").path("source_url").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Sends a document as a fetched-document record and waits up to {@code wait} for its outcome; the time
     * taken counts from the broker's acknowledgement of the record (sending a large record is not parsing).
     */
    public Outcome submit(String name, String contentType, byte[] bytes, Duration wait) throws InterruptedException {
        String url = "http://127.0.0.1/corpus/" + run + "/" + UUID.randomUUID() + "/" + name.replaceAll("[^A-Za-z0-9]+", "-");
        byte[] record = Json.write(FetchedDocument.of(url, url, "corpus", null, null, Instant.now(), contentType, null, bytes));
        sentAt.put(url, System.nanoTime());
        try {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS, url, record)).get();
            onTopicAt.put(url, System.nanoTime()); // times count from the record being on the topic
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot send " + name, e.getCause());
        }
        long until = onTopicAt.getOrDefault(url, System.nanoTime()) + wait.toNanos();
        while (System.nanoTime() < until) {
            Outcome o = results.get(url);
            if (o != null) {
                return o;
            }
            Thread.sleep(20);
        }
        return new Outcome(url, false, null, null);
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        watcher.join(5_000);
        producer.close();
    }
}
