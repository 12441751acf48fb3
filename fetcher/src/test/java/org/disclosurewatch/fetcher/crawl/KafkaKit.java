package org.disclosurewatch.fetcher.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.infra.TestInfrastructure;

/** Fresh topics on the real test broker, and producers/readers for them. */
final class KafkaKit {
    private KafkaKit() {
    }

    static String bootstrap() {
        return TestInfrastructure.kafkaBootstrapServers();
    }

    static String topic(String prefix, int partitions, boolean compacted) throws Exception {
        String name = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (Admin admin = Admin.create(p)) {
            NewTopic t = new NewTopic(name, partitions, (short) 1);
            if (compacted) {
                t.configs(Map.of("cleanup.policy", "compact"));
            }
            admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
        }
        return name;
    }

    static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** Emits documents to a topic keyed by canonical URL, as the service's channel does. */
    static DocumentSink documentSink(KafkaProducer<String, byte[]> producer, String topic) {
        return doc -> send(producer, topic, doc.canonicalUrl(), Json.write(doc));
    }

    static CrawlWorkPublisher workPublisher(KafkaProducer<String, byte[]> producer, String topic) {
        return work -> send(producer, topic, work.host(), Json.write(work));
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value)
            throws InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a topic from the beginning until {@code quietFor} passes without new records (or {@code max}). */
    static List<FetchedDocument> readDocuments(String topic, int expectedAtLeast, Duration max, Duration quietFor) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<FetchedDocument> docs = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + max.toMillis();
            long lastNew = System.currentTimeMillis();
            while (System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    FetchedDocument d = Json.read(r.value(), FetchedDocument.class, FetchedDocument.SCHEMA);
                    if (!r.key().equals(d.canonicalUrl())) {
                        throw new AssertionError("key " + r.key() + " is not the canonical URL " + d.canonicalUrl());
                    }
                    docs.add(d);
                    lastNew = System.currentTimeMillis();
                }
                if (docs.size() >= expectedAtLeast && System.currentTimeMillis() - lastNew > quietFor.toMillis()) {
                    break;
                }
            }
        }
        return docs;
    }
}
