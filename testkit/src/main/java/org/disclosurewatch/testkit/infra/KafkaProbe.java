package org.disclosurewatch.testkit.infra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What tests do on the real topics: send a record, read from the beginning until something shows up. */
public final class KafkaProbe {
    private final String bootstrap;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrap = bootstrapServers;
    }

    /** A probe on the test broker of {@link TestInfrastructure}. */
    public static KafkaProbe onTestBroker() {
        return new KafkaProbe(TestInfrastructure.kafkaBootstrapServers());
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public void send(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "max.request.size", 10_485_760), new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        }
    }

    /**
     * Reads the topic from its beginning with a fresh consumer group until {@code done} holds for what was read,
     * or the time runs out; returns everything read.
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", "probe-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long until = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < until && !done.test(seen)) {
                c.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** The first record matching, or an assertion error naming the topic. */
    public ConsumerRecord<String, byte[]> first(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                                Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = readUntil(topic, s -> s.stream().anyMatch(match), timeout);
        return seen.stream().filter(match).findFirst().orElseThrow(() -> new AssertionError(
                "no matching record on " + topic + " within " + timeout + " among " + seen.size()));
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The record's value as text. */
    public static String text(ConsumerRecord<String, byte[]> r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }
}
