package org.disclosurewatch.contracts.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The dead-letter contract of every consumer: a record that cannot be processed goes, with its key and value
 * as they arrived, to {@code <topic>.dlq} ({@link #topicOf}) with these headers saying why and where it came
 * from. SmallRye Reactive Messaging writes them for channels with {@code failure-strategy=dead-letter-queue};
 * consumers that poll Kafka themselves write the same with {@link #of}.
 */
public final class DeadLetters {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** Suffix of a dead-letter topic. */
    public static final String TOPIC_SUFFIX = ".dlq";

    private DeadLetters() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String topicOf(String topic) {
        return topic + TOPIC_SUFFIX;
    }

    /** The dead letter of {@code failed}, for {@code deadLetterTopic}, with every header of the contract. */
    public static <K, V> ProducerRecord<K, V> of(ConsumerRecord<K, V> failed, String deadLetterTopic, Throwable reason) {
        ProducerRecord<K, V> dead = new ProducerRecord<>(deadLetterTopic, null, failed.key(), failed.value());
        write(dead.headers(), reason, failed.topic(), failed.partition(), failed.offset());
        return dead;
    }

    /** Writes the contract's headers: reason, cause, exception class, topic, partition, offset. */
    public static void write(Headers headers, Throwable reason, String topic, int partition, long offset) {
        put(headers, REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        if (reason.getCause() != null) {
            put(headers, CAUSE, String.valueOf(reason.getCause().getMessage()));
        }
        put(headers, EXCEPTION_CLASS, reason.getClass().getName());
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
