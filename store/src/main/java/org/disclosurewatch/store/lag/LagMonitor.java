package org.disclosurewatch.store.lag;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.store.config.StoreConfig;
import org.disclosurewatch.store.domain.ConsumerLag;
import org.disclosurewatch.store.domain.ThroughputWindow;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far behind each pipeline stage is, without Prometheus: the consumer-group lag in records read from
 * the broker (committed offsets against end offsets), the records each group consumed in the last hour
 * (from samples of its committed offsets), and the time lag of the store (now − fetch time of the newest
 * stored document).
 */
@ApplicationScoped
public class LagMonitor {
    private static final Logger LOG = Logger.getLogger(LagMonitor.class);

    private final StoreConfig config;
    private final Clock clock;
    private final String bootstrap;
    private final Map<String, ThroughputWindow> windows = new ConcurrentHashMap<>();
    private Admin admin;

    public LagMonitor(StoreConfig config, Clock clock,
                      @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrap) {
        this.config = config;
        this.clock = clock;
        this.bootstrap = bootstrap;
    }

    /** One stage: its consumer group, the topic it reads and how far behind it is. */
    public record StageLag(String group, String topic, Long recordsBehind, Long consumed, Long consumedLastHour,
                           long sampledSeconds, String error) {
    }

    /** The lag panel. */
    public record Lag(Instant measuredAt, List<StageLag> stages, Instant newestFetchedAt,
                      java.time.LocalDate newestPublishedOn, Long timeLagSeconds, long storedLastHour) {
    }

    @Scheduled(identity = "lag-sampler", every = "${dw.store.lag.sample-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        measureStages();
    }

    private volatile List<StageLag> lastStages;
    private volatile Instant lastMeasured = Instant.EPOCH;

    /** The lag panel: the stages as measured within {@code dw.store.lag.max-age}, the store's own figures now. */
    @Transactional
    public Lag measure() {
        Instant now = clock.instant();
        List<StageLag> stages = lastStages;
        if (stages == null || !now.isBefore(lastMeasured.plus(config.lag().maxAge()))) {
            stages = measureStages();
            lastStages = stages;
            lastMeasured = now;
        }
        Instant newestFetched = DocumentVersion.find("select max(v.fetchedAt) from DocumentVersion v")
                .project(Instant.class).firstResult();
        java.time.LocalDate newestPublished = DocumentVersion.find("select max(v.publishedOn) from DocumentVersion v")
                .project(java.time.LocalDate.class).firstResult();
        long storedLastHour = DocumentVersion.count("storedAt >= ?1", now.minus(Duration.ofHours(1)));
        Long timeLag = newestFetched == null ? null : Math.max(0, Duration.between(newestFetched, now).toSeconds());
        return new Lag(now, stages, newestFetched, newestPublished, timeLag, storedLastHour);
    }

    List<StageLag> measureStages() {
        List<StageLag> out = new ArrayList<>();
        for (String stage : config.lag().stages()) {
            String[] parts = stage.split("=", 2);
            String group = parts[0].trim();
            String topic = parts.length > 1 ? topicName(parts[1].trim()) : null;
            out.add(measure(group, topic));
        }
        return out;
    }

    private static String topicName(String keyOrName) {
        return Topics.all().getOrDefault(keyOrName, keyOrName);
    }

    private StageLag measure(String group, String topic) {
        long timeout = config.lag().timeout().toMillis();
        try {
            Admin a = admin();
            Map<TopicPartition, OffsetAndMetadata> offsets = a.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = new ArrayList<>();
            if (topic != null) {
                TopicDescription d = a.describeTopics(List.of(topic)).allTopicNames()
                        .get(timeout, TimeUnit.MILLISECONDS).get(topic);
                d.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            } else {
                partitions.addAll(offsets.keySet());
            }
            Map<Integer, Long> committed = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata o = offsets.get(tp);
                if (o != null) {
                    committed.put(tp.partition(), o.offset());
                }
            }
            Map<Integer, Long> end = offsets(a, partitions, OffsetSpec.latest(), timeout);
            Map<Integer, Long> start = offsets(a, partitions, OffsetSpec.earliest(), timeout);
            long consumed = ConsumerLag.consumed(committed);
            ThroughputWindow w = windows.computeIfAbsent(group, g -> new ThroughputWindow(Duration.ofHours(1)));
            w.record(clock.instant(), consumed);
            return new StageLag(group, topic, ConsumerLag.records(committed, start, end), consumed, w.moved(),
                    w.covered().toSeconds(), null);
        } catch (Exception e) {
            LOG.debugf("lag of %s unknown: %s", group, e.toString());
            return new StageLag(group, topic, null, null, null, 0, "broker not reachable: " + e.getClass().getSimpleName());
        }
    }

    private static Map<Integer, Long> offsets(Admin a, List<TopicPartition> partitions, OffsetSpec spec, long timeout)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<Integer, Long> out = new HashMap<>();
        if (request.isEmpty()) {
            return out;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> r = a.listOffsets(request).all()
                .get(timeout, TimeUnit.MILLISECONDS);
        r.forEach((tp, info) -> out.put(tp.partition(), info.offset()));
        return out;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.lag().timeout().toMillis());
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.lag().timeout().toMillis());
            p.put(AdminClientConfig.CLIENT_ID_CONFIG, "dw-store-lag");
            admin = Admin.create(p);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
