package org.disclosurewatch.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.kafka.DeadLetters;

/**
 * {@code ./dw dlq list} shows the dead letters of every dead-letter topic (reason, where each came from, and
 * whether it was replayed); {@code ./dw dlq replay} sends each one not yet replayed back to the topic it came
 * from (after a fix), once: the replay position is the consumer group {@value #GROUP}'s committed offset.
 */
public final class DlqCommand {
    static final String GROUP = "dw-dlq-replay";
    public static final String REPLAYED_FROM = "dw-replayed-from";

    private DlqCommand() {
    }

    public static void main(String[] args) {
        String bootstrap = System.getProperty("dw.bootstrap", "127.0.0.1:" + Integer.getInteger("dw.kafka.port", 19092));
        String action = args.length == 0 ? "list" : args[0];
        List<String> topics = List.of(Topics.DOCUMENTS_DLQ, Topics.PARSED_DLQ, Topics.VALIDATED_DLQ, Topics.CRAWL_WORK_DLQ,
                Topics.AVAILABILITY_DLQ);
        switch (action) {
            case "list" -> System.exit(list(bootstrap, topics));
            case "replay" -> {
                try {
                    int n = replay(bootstrap, args.length > 1 ? List.of(args[1]) : topics);
                    System.out.println("dlq: " + n + " dead letter(s) replayed");
                    System.exit(0);
                } catch (Exception e) {
                    System.out.println("dlq replay failed: " + e);
                    System.exit(1);
                }
            }
            default -> {
                System.out.println("usage: ./dw dlq list | ./dw dlq replay [TOPIC]");
                System.exit(2);
            }
        }
    }

    static int list(String bootstrap, List<String> topics) {
        int total = 0;
        try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
            for (String topic : topics) {
                List<ConsumerRecord<String, byte[]>> letters = readAll(c, topic);
                Map<TopicPartition, OffsetAndMetadata> replayed = committed(c, topic);
                System.out.println(topic + ": " + letters.size() + " dead letter(s)");
                for (ConsumerRecord<String, byte[]> r : letters) {
                    OffsetAndMetadata done = replayed.get(new TopicPartition(topic, r.partition()));
                    boolean isReplayed = done != null && r.offset() < done.offset();
                    System.out.printf("  %d/%d %s key=%s from %s/%s@%s%s%n    reason: %s%n", r.partition(), r.offset(),
                            Instant.ofEpochMilli(r.timestamp()), r.key(), header(r, DeadLetters.TOPIC),
                            header(r, DeadLetters.PARTITION), header(r, DeadLetters.OFFSET),
                            isReplayed ? " (replayed)" : "", header(r, DeadLetters.REASON));
                }
                total += letters.size();
            }
        }
        System.out.println("dlq: " + total + " dead letter(s)");
        return 0;
    }

    /** Sends every dead letter of {@code topics} not replayed yet back to its topic; returns how many. */
    public static int replay(String bootstrap, List<String> topics) throws Exception {
        int sent = 0;
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 52_428_800);
        try (KafkaConsumer<String, byte[]> c = consumer(bootstrap);
             KafkaProducer<String, byte[]> p = new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : topics) {
                Map<TopicPartition, OffsetAndMetadata> from = committed(c, topic);
                List<ConsumerRecord<String, byte[]>> letters = readAll(c, topic);
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : letters) {
                    TopicPartition tp = new TopicPartition(topic, r.partition());
                    OffsetAndMetadata done = from.get(tp);
                    if (done != null && r.offset() < done.offset()) {
                        continue;
                    }
                    String origin = header(r, DeadLetters.TOPIC);
                    if (origin == null) {
                        origin = topic.endsWith(".dlq") ? topic.substring(0, topic.length() - 4) : null;
                    }
                    if (origin == null) {
                        System.out.println("  skipped " + r.partition() + "/" + r.offset() + ": no origin topic");
                        continue;
                    }
                    ProducerRecord<String, byte[]> out = new ProducerRecord<>(origin, r.key(), r.value());
                    out.headers().add(REPLAYED_FROM, (topic + "/" + r.partition() + "/" + r.offset())
                            .getBytes(StandardCharsets.UTF_8));
                    p.send(out).get();
                    next.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    System.out.println("  replayed " + topic + " " + r.partition() + "/" + r.offset() + " → " + origin
                            + " key=" + r.key());
                    sent++;
                }
                if (!next.isEmpty()) {
                    c.commitSync(next);
                }
            }
        }
        return sent;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 52_428_800);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(KafkaConsumer<String, byte[]> c, String topic) {
        var parts = new java.util.HashSet<>(partitions(c, topic));
        Map<TopicPartition, OffsetAndMetadata> m = new HashMap<>(c.committed(parts, Duration.ofSeconds(30)));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c, String topic) {
        return c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(KafkaConsumer<String, byte[]> c, String topic) {
        List<TopicPartition> parts = partitions(c, topic);
        c.assign(parts);
        c.seekToBeginning(parts);
        Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
            c.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        return out;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
