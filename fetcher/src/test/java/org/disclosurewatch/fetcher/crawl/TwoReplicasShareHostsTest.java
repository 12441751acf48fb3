package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.fetcher.state.KafkaFetchStateLog;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.junit.jupiter.api.Test;

/**
 * Two fetcher replicas (each its own crawl-work consumer in one consumer group, its own HTTP pacing and its own
 * state reader) crawl a replica portal with 20 hosts over the real broker: every report is emitted exactly
 * once, and no host ever sees two requests at once, also when one replica leaves in the middle of a round.
 */
class TwoReplicasShareHostsTest {
    private static final String COLUMN = "/zwgk/zfxxgknb/";

    /** One fetcher replica, built from the same classes the service wires. */
    private static final class Replica implements AutoCloseable {
        final KafkaFetchStateLog stateLog;
        final CrawlWorkConsumer consumer;
        final AtomicInteger crawls = new AtomicInteger();

        Replica(ReplicaPortal portal, String group, String workTopic, String stateTopic, DocumentSink sink)
                throws InterruptedException {
            CrawlerKit kit = new CrawlerKit(portal, Duration.ofMillis(15));
            stateLog = new KafkaFetchStateLog(KafkaKit.bootstrap(), stateTopic, Duration.ofSeconds(30));
            FetchStateStore state = new FetchStateStore(stateLog);
            stateLog.start(state::apply);
            HostCrawler crawler = new HostCrawler(kit.fetcher, CrawlerKit.ADAPTERS, state, sink,
                    new CrawlDefaults(Duration.ofMillis(15), 20), Clock.systemUTC());
            consumer = new CrawlWorkConsumer(KafkaKit.bootstrap(), group, workTopic, workTopic + ".dlq", 4,
                    (work, abort) -> {
                        stateLog.awaitCaughtUp();
                        crawler.crawl(work.host(), kit.catalogue.portalsOn(work.host()), work.full(), abort);
                        crawls.incrementAndGet();
                    });
            consumer.start();
        }

        @Override
        public void close() {
            consumer.close();
            stateLog.close();
        }
    }

    @Test
    void everyReportOnceAndOneRequestPerHostAtATime() throws Exception {
        Site site = Site.create().pageSize(2);
        for (int h = 0; h < 20; h++) {
            String key = String.format("h%02d", h);
            site.addColumn(key, COLUMN, "重庆市第" + h + "区应急管理局");
            for (int year = 2021; year <= 2023; year++) {
                site.addReport(key, COLUMN, LocalDate.of(year + 1, 1, 10 + h), year + "年政府信息公开工作年度报告",
                        "<p>" + key + " " + year + "</p>");
            }
        }
        String workTopic = KafkaKit.topic("crawl-work", 6, false);
        String stateTopic = KafkaKit.topic("fetch-state", 3, true);
        String docsTopic = KafkaKit.topic("documents", 3, false);
        String group = "dw-fetcher-" + UUID.randomUUID();
        try (ReplicaPortal portal = ReplicaPortal.start(site);
             KafkaProducer<String, byte[]> producer = KafkaKit.producer()) {
            DocumentSink sink = KafkaKit.documentSink(producer, docsTopic);
            CrawlerKit planKit = new CrawlerKit(portal, null);
            CrawlRounds rounds = new CrawlRounds(planKit.catalogue, KafkaKit.workPublisher(producer, workTopic),
                    Clock.systemUTC());
            Replica a = new Replica(portal, group, workTopic, stateTopic, sink);
            Replica b = new Replica(portal, group, workTopic, stateTopic, sink);
            try {
                awaitSharedAssignment(a, b);
                assertEquals(20, rounds.issue(false).hosts().size());
                List<FetchedDocument> first = KafkaKit.readDocuments(docsTopic, 60, Duration.ofSeconds(60),
                        Duration.ofSeconds(2));
                assertExactlyOnce(first, site.reports().stream().map(portal::url).collect(Collectors.toSet()));
                assertTrue(a.crawls.get() > 0 && b.crawls.get() > 0,
                        "both replicas crawled: " + a.crawls + " / " + b.crawls);

                // second round with one new report per host; replica b leaves in the middle of it
                for (String key : site.hostKeys()) {
                    site.addReport(key, COLUMN, LocalDate.of(2025, 1, 5), "2024年政府信息公开工作年度报告", "<p>" + key + " 2024</p>");
                }
                rounds.issue(true);
                Thread.sleep(300);
                b.close();
                List<FetchedDocument> all = KafkaKit.readDocuments(docsTopic, 80, Duration.ofSeconds(60),
                        Duration.ofSeconds(3));
                assertExactlyOnce(all, site.reports().stream().map(portal::url).collect(Collectors.toSet()));
            } finally {
                a.close();
                b.close();
            }
            Map<String, Integer> maxInFlight = portal.maxConcurrentRequestsPerHost();
            assertEquals(20, maxInFlight.size());
            assertTrue(maxInFlight.values().stream().allMatch(n -> n == 1), "one request in flight per host: " + maxInFlight);
        }
    }

    private static void assertExactlyOnce(List<FetchedDocument> docs, Set<String> expected) {
        Map<String, Long> counts = docs.stream()
                .collect(Collectors.groupingBy(FetchedDocument::canonicalUrl, ConcurrentHashMap::new, Collectors.counting()));
        assertEquals(expected, counts.keySet());
        Map<String, Long> repeated = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(repeated.isEmpty(), "emitted more than once: " + repeated);
    }

    private static void awaitSharedAssignment(Replica a, Replica b) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            int sa = a.consumer.assignedPartitions().size();
            int sb = b.consumer.assignedPartitions().size();
            if (sa > 0 && sb > 0 && sa + sb == 6) {
                return;
            }
            Thread.sleep(100);
        }
        assertFalse(true, "the two replicas did not share the 6 partitions");
    }

}
