package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.fetcher.state.KafkaFetchStateLog;
import org.disclosurewatch.testkit.portal.Behaviour;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.disclosurewatch.testkit.portal.SiteReport;
import org.junit.jupiter.api.Test;

/**
 * A report the replica portal takes down is announced withdrawn on the availability topic after two successful
 * rounds (never after one, never for a round in which the portal was down), and restored when it comes back.
 * Every round runs as a freshly started fetcher whose only memory is the compacted state topic on the real broker.
 */
class WithdrawnFilingTest {
    private static final String COLUMN = "/zwgk/zfxxgknb/";

    private Site site() {
        Site site = Site.create();
        site.addColumn("qj", COLUMN, "重庆市黔江区人民政府");
        for (int year = 2022; year <= 2024; year++) {
            site.addReport("qj", COLUMN, LocalDate.of(year + 1, 3, 20), year + "年政府信息公开工作年度报告",
                    "<p>" + year + "年度</p>");
        }
        return site;
    }

    @Test
    void aReportGoneFromItsListingIsWithdrawnAfterTwoReadRoundsAndRestoredWhenListedAgain() throws Exception {
        Site site = site();
        String stateTopic = KafkaKit.topic("fetch-state", 3, true);
        String availabilityTopic = KafkaKit.topic("availability", 3, false);
        try (ReplicaPortal portal = ReplicaPortal.start(site);
             KafkaProducer<String, byte[]> producer = KafkaKit.producer()) {
            CrawlerKit kit = new CrawlerKit(portal, Duration.ofMillis(5));
            String host = portal.authority("qj");
            Rounds rounds = new Rounds(kit, host, stateTopic, producer, availabilityTopic);
            SiteReport taken = site.reports("qj", COLUMN).get(1);
            String url = portal.url(taken);

            assertEquals(3, rounds.crawl().emitted());
            assertEquals(List.of(), read(availabilityTopic), "every report listed: nothing to say");

            taken.withdraw();
            rounds.crawl();
            assertEquals(List.of(), read(availabilityTopic), "gone on one round only: not yet withdrawn");

            String listingPath = java.net.URI.create(portal.listingUrl("qj", COLUMN)).getPath();
            site.behave("qj", listingPath, Behaviour.serverErrors(1000));
            CrawlSummary down = rounds.crawl();
            assertTrue(!down.listingsRead(), "the listing could not be read");
            assertEquals(List.of(), read(availabilityTopic), "a round with the portal down counts for nothing");
            site.behaveNormally("qj", listingPath);

            rounds.crawl();
            List<ConsumerRecord<String, byte[]>> after = read(availabilityTopic);
            assertEquals(1, after.size(), "withdrawn on the second successful round: " + after);
            FilingAvailability gone = value(after.get(0));
            assertEquals(url, after.get(0).key());
            assertEquals(FilingAvailability.WITHDRAWN, gone.status());
            assertEquals(url, gone.documentUrl());
            assertEquals("replica-qj", gone.portalId());
            assertEquals(portal.listingUrl("qj", COLUMN), gone.listingUrl());
            assertEquals(FilingAvailability.REASON_UNLISTED, gone.reason());
            assertEquals(2, gone.rounds());
            assertNotNull(gone.goneSince());
            assertTrue(gone.goneSince().isBefore(gone.observedAt()), "gone since the first round that saw it");

            rounds.crawl();
            assertEquals(1, read(availabilityTopic).size(), "announced once, not on every round");

            taken.republish();
            rounds.crawl();
            List<ConsumerRecord<String, byte[]>> back = read(availabilityTopic);
            assertEquals(2, back.size());
            FilingAvailability restored = value(back.get(1));
            assertEquals(url, back.get(1).key());
            assertEquals(FilingAvailability.RESTORED, restored.status());
            assertEquals(gone.goneSince(), restored.goneSince());
            assertEquals(0, rounds.documents, "an unchanged report that comes back is not emitted again");
        }
    }

    @Test
    void aListedReportWhosePageAnswers404OnTwoRoundsIsWithdrawnAndRestoredWhenItAnswers() throws Exception {
        Site site = site();
        String stateTopic = KafkaKit.topic("fetch-state", 3, true);
        String availabilityTopic = KafkaKit.topic("availability", 3, false);
        try (ReplicaPortal portal = ReplicaPortal.start(site);
             KafkaProducer<String, byte[]> producer = KafkaKit.producer()) {
            CrawlerKit kit = new CrawlerKit(portal, Duration.ofMillis(5));
            String host = portal.authority("qj");
            Rounds rounds = new Rounds(kit, host, stateTopic, producer, availabilityTopic);
            SiteReport dead = site.reports("qj", COLUMN).get(0);
            rounds.crawl();

            site.behave("qj", dead.path(), Behaviour.gone(410));
            rounds.crawl();
            assertEquals(List.of(), read(availabilityTopic), "one round of 410 is not enough");
            int asked = portal.requests("qj", dead.path()).size();
            rounds.crawl();
            assertTrue(portal.requests("qj", dead.path()).size() > asked,
                    "the page is asked again despite the dead-link rest");
            List<ConsumerRecord<String, byte[]>> gone = read(availabilityTopic);
            assertEquals(1, gone.size());
            assertEquals("http_410", value(gone.get(0)).reason());
            assertEquals(portal.url(dead), gone.get(0).key());

            site.behaveNormally("qj", dead.path());
            rounds.crawl();
            List<ConsumerRecord<String, byte[]>> back = read(availabilityTopic);
            assertEquals(2, back.size(), "restored as soon as the page answers: " + back);
            assertEquals(FilingAvailability.RESTORED, value(back.get(1)).status());
        }
    }

    /** Each crawl is a freshly started fetcher: state read back from the topic, then one non-full round. */
    private static final class Rounds {
        final CrawlerKit kit;
        final String host;
        final String stateTopic;
        final KafkaProducer<String, byte[]> producer;
        final String availabilityTopic;
        int documents;
        boolean first = true;

        Rounds(CrawlerKit kit, String host, String stateTopic, KafkaProducer<String, byte[]> producer,
               String availabilityTopic) {
            this.kit = kit;
            this.host = host;
            this.stateTopic = stateTopic;
            this.producer = producer;
            this.availabilityTopic = availabilityTopic;
        }

        CrawlSummary crawl() throws Exception {
            try (KafkaFetchStateLog log = new KafkaFetchStateLog(KafkaKit.bootstrap(), stateTopic, Duration.ofSeconds(30))) {
                FetchStateStore store = new FetchStateStore(log);
                log.start(store::apply);
                CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
                AvailabilitySink availability = event -> send(producer, availabilityTopic, event);
                HostCrawler crawler = new HostCrawler(kit.fetcher, CrawlerKit.ADAPTERS, store, sink, availability,
                        new CrawlDefaults(Duration.ofMillis(10), 20), java.time.Clock.systemUTC());
                CrawlSummary s = kit.crawl(crawler, host, false);
                if (!first) {
                    documents += sink.documents.size();
                }
                first = false;
                return s;
            }
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, FilingAvailability event) {
        try {
            producer.send(new ProducerRecord<>(topic, event.documentUrl(), Json.write(event))).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FilingAvailability value(ConsumerRecord<String, byte[]> r) {
        return Json.read(r.value(), FilingAvailability.class, FilingAvailability.SCHEMA);
    }

    /** Every record on the topic, read to its end offsets, ordered by offset within each key's partition. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaKit.bootstrap());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long until = System.currentTimeMillis() + 30_000;
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > until) {
                    throw new AssertionError("topic " + topic + " not read to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(ConsumerRecord<String, byte[]>::timestamp)
                .thenComparing(ConsumerRecord::offset));
        return out;
    }
}
