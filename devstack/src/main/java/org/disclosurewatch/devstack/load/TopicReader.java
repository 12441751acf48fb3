package org.disclosurewatch.devstack.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic, from its first record to the end offsets of the moment, without a consumer group. */
public final class TopicReader {
    private TopicReader() {
    }

    /** The records of the topic that {@code keep} accepts, in memory. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic,
                                                               Predicate<ConsumerRecord<String, byte[]>> keep) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        forEach(bootstrap, topic, r -> {
            if (keep.test(r)) {
                out.add(r);
            }
        });
        return out;
    }

    /**
     * Hands every record of the topic to {@code each}, keeping none: a long-lived stack's alerts topic holds
     * hundreds of thousands of records, more than a checker's heap.
     */
    public static void forEach(String bootstrap, String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // a larger record still comes (the first batch of a fetch is returned whatever its size)
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4_194_304);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16_777_216);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline && !reached(c, end)) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    each.accept(r);
                }
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (c.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the record's value contains {@code text} (UTF-8). */
    public static boolean contains(ConsumerRecord<String, byte[]> r, String text) {
        return r.value() != null && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(text);
    }
}
