package org.disclosurewatch.store.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.DocumentRef;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.TestInfrastructure;

/** Feeds validated reports to the real topic and reads the alerts topic, as the neighbouring services would. */
final class Pipeline {
    private Pipeline() {
    }

    /** The answer key of seed {@code i} as the form's record. */
    static AnnualReport seed(int i) {
        try {
            return Json.mapper().readValue(Fixtures.seeds().get(i).keyJson(), AnnualReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a report for another body and year. */
    static AnnualReport copy(AnnualReport r, String agency, String region, int year) {
        return new AnnualReport(r.kind(), r.title(), agency, r.agencyLevel(), region, year, r.format(), r.signedOn(),
                r.activeDisclosure().copy(), r.requests().copy(), r.reviewsAndLitigation().copy(), r.narrative(),
                r.provenance(), r.diagnostics());
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A validated record whose document hash is derived from the report and {@code variant}. */
    static ValidatedReport validated(AnnualReport report, String variant, LocalDate publishedOn, List<Finding> findings) {
        byte[] content = (Json.mapper().valueToTree(report).toString() + "|" + variant).getBytes(StandardCharsets.UTF_8);
        String url = "http://portal.test/" + UUID.nameUUIDFromBytes(content) + ".html";
        DocumentRef doc = new DocumentRef(url, url, "test-portal", report.agency(), publishedOn,
                Instant.now().minusSeconds(60), "text/html", FetchedDocument.sha256(content), content.length);
        return new ValidatedReport(ValidatedReport.SCHEMA, doc, report, findings, Instant.now().minusSeconds(30),
                Instant.now());
    }

    static void send(ValidatedReport... records) {
        send(List.of(records));
    }

    static void send(List<ValidatedReport> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (ValidatedReport r : records) {
                producer.send(new ProducerRecord<>(Topics.VALIDATED, r.report().filingKey(), Json.write(r)));
            }
            producer.flush();
        }
    }

    static void sendRaw(String key, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VALIDATED, key, value));
            producer.flush();
        }
    }

    /** Publishes records on a topic, as a neighbouring service would. */
    static void sendTo(String topic, String key, byte[]... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10_485_760);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] v : values) {
                producer.send(new ProducerRecord<>(topic, key, v));
            }
            producer.flush();
        }
    }

    /** Every record on the alerts topic so far that matches, read from the beginning. */
    static List<ConsumerRecord<String, byte[]>> alerts(Predicate<ConsumerRecord<String, byte[]>> match) {
        return records(Topics.ALERTS, match);
    }

    /** Every record on a topic so far that matches, read from the beginning. */
    static List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "store-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long until = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r)) {
                        out.add(r);
                    }
                }
                boolean done = parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
                if (done) {
                    break;
                }
            }
        }
        return out;
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Waits until the condition holds (checked every 200 ms), failing after {@code seconds}. */
    static void await(String what, int seconds, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError e) {
                if (System.currentTimeMillis() > until) {
                    throw new AssertionError("timed out waiting for " + what, e);
                }
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static <T> T awaitValue(String what, int seconds, Supplier<T> value) {
        Object[] holder = new Object[1];
        await(what, seconds, () -> {
            holder[0] = value.get();
            return holder[0] != null;
        });
        @SuppressWarnings("unchecked")
        T t = (T) holder[0];
        return t;
    }

    /** A filing whose GBK page was fetched twice, as {@link #ingestGbkFilingFetchedTwice} sends it. */
    record FetchedTwice(long reportId, FetchedDocument document, byte[] bytes) {
    }

    /**
     * Sends a filing of a new body in {@code regionPrefix} (validated record first, then its GBK page fetched
     * twice, once redelivered) and waits until the report is stored and both fetches of its original are
     * recorded ({@code fetches} counts them by SHA-256).
     */
    static FetchedTwice ingestGbkFilingFetchedTwice(String regionPrefix, String urlPrefix,
                                                    java.util.function.ToLongFunction<String> fetches) throws Exception {
        String region = unique(regionPrefix);
        String agency = region + "档案局";
        AnnualReport report = copy(seed(0), agency, region, 2024);
        // GBK bytes: served as stored, never re-encoded
        byte[] bytes = ("<html><head><meta charset=\"GBK\"></head><body><h1>" + agency + "2024年政府信息公开工作年度报告</h1>"
                + "<table><tr><td>收到和处理政府信息公开申请情况</td><td>12</td></tr></table>".repeat(50)
                + "</body></html>").getBytes("GBK");
        String url = "http://portal.test/" + unique(urlPrefix) + ".html";
        FetchedDocument doc = FetchedDocument.of(url, url, "test-portal", agency, LocalDate.of(2025, 1, 10),
                Instant.now().minusSeconds(120), "text/html", "GBK", bytes);
        FetchedDocument again = FetchedDocument.of(url, url, "test-portal", agency, LocalDate.of(2025, 1, 10),
                Instant.now().minusSeconds(60), "text/html", "GBK", bytes);
        // the validated record may arrive before the document: originals are found by SHA-256 whatever the order
        send(new ValidatedReport(ValidatedReport.SCHEMA, doc.ref(), report, List.of(),
                Instant.now().minusSeconds(30), Instant.now()));
        sendTo(Topics.DOCUMENTS, url, Json.write(doc), Json.write(doc), Json.write(again));
        long id = awaitValue("the report", 60, () -> IngestTest.reportId(agency, 2024));
        await("two fetches of the original", 60, () -> fetches.applyAsLong(doc.sha256()) == 2);
        return new FetchedTwice(id, doc, bytes);
    }
}
