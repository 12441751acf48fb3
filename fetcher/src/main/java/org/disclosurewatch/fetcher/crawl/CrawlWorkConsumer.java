package org.disclosurewatch.fetcher.crawl;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;
import org.disclosurewatch.contracts.json.UnsupportedRecordException;
import org.jboss.logging.Logger;

/**
 * Consumes crawl work (keyed by host) in the fetcher consumer group and crawls the hosts of the partitions this
 * replica owns, one worker per host: a partition is owned by one replica at a time, so a host is crawled by one
 * replica at a time. When partitions are taken away, the crawls of their hosts stop at the next request
 * boundary before the partitions are released, and only completed work is committed, so the next owner
 * repeats unfinished work (emitting nothing twice, thanks to the fetch state).
 */
public final class CrawlWorkConsumer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CrawlWorkConsumer.class);

    /** Does one piece of crawl work; {@code abort} turns true when the host must be given up. */
    @FunctionalInterface
    public interface Handler {
        void handle(CrawlWork work, java.util.function.BooleanSupplier abort) throws Exception;
    }

    private record Item(TopicPartition partition, long offset, CrawlWork work) {
    }

    private static final class Lane {
        final Deque<Item> queued = new ArrayDeque<>();
        Item running;
        volatile boolean abort;
    }

    private final String topic;
    private final String deadLetterTopic;
    private final Handler handler;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> deadLetters;
    private final ExecutorService workers;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
    private final Map<TopicPartition, Long> highestSeen = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final ConcurrentLinkedQueue<Item> done = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> queueDepth = new ConcurrentHashMap<>();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private Thread pollThread;

    public CrawlWorkConsumer(String bootstrapServers, String groupId, String topic, String deadLetterTopic,
                             int parallelHosts, Handler handler) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), Map.of(ConsumerConfig.GROUP_ID_CONFIG, groupId),
                topic, deadLetterTopic, parallelHosts, handler);
    }

    /**
     * @param connection the client settings shared by every Kafka client (bootstrap servers, security)
     * @param group      the consumer's group settings ({@code group.id}, optional {@code group.instance.id},
     *                   {@code client.id})
     */
    public CrawlWorkConsumer(Map<String, ?> connection, Map<String, ?> group, String topic, String deadLetterTopic,
                             int parallelHosts, Handler handler) {
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
        this.handler = handler;
        Properties c = new Properties();
        c.putAll(connection);
        c.putAll(group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(c);
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.deadLetters = new KafkaProducer<>(p);
        this.workers = Executors.newFixedThreadPool(parallelHosts, r -> {
            Thread t = new Thread(r, "crawl-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts consuming on a thread of its own. */
    public void start() {
        pollThread = new Thread(this::pollLoop, "crawl-work-consumer");
        pollThread.setDaemon(true);
        pollThread.start();
    }

    /** Crawl work queued or running in this replica, per host. */
    public Map<String, Integer> queueDepth() {
        return queueDepth;
    }

    /** The crawl-work partitions this replica owns now. */
    public Set<TopicPartition> assignedPartitions() {
        return Set.copyOf(assigned);
    }

    private void pollLoop() {
        try {
            consumer.subscribe(List.of(topic), new Rebalance());
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    accept(r);
                }
                drainDone();
                commitProgress(null);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("crawl-work consumer stopped", e);
        } finally {
            synchronized (this) {
                lanes.values().forEach(l -> l.abort = true);
            }
            awaitIdle(lanes.keySet());
            drainDone();
            try {
                commitProgress(null);
            } catch (RuntimeException e) {
                LOG.debug("final commit failed", e);
            }
            consumer.close();
        }
    }

    private void accept(ConsumerRecord<String, byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        highestSeen.merge(tp, r.offset(), Math::max);
        CrawlWork work;
        try {
            work = Json.read(r.value(), CrawlWork.class, CrawlWork.SCHEMA);
        } catch (UnsupportedRecordException e) {
            LOG.warnf("crawl work %s-%d@%d sent to %s: %s", r.topic(), r.partition(), r.offset(), deadLetterTopic,
                    e.getMessage());
            deadLetters.send(DeadLetters.of(r, deadLetterTopic, e));
            return;
        }
        Item item = new Item(tp, r.offset(), work);
        pending.computeIfAbsent(tp, k -> new TreeSet<>()).add(r.offset());
        synchronized (this) {
            Lane lane = lanes.computeIfAbsent(work.host(), h -> new Lane());
            lane.queued.add(item);
            queueDepth.merge(work.host(), 1, Integer::sum);
            if (lane.running == null) {
                startNext(work.host(), lane);
            }
        }
    }

    /** Starts the lane's next item; caller holds the monitor. */
    private void startNext(String host, Lane lane) {
        Item next = lane.queued.poll();
        lane.running = next;
        if (next == null) {
            notifyAll();
            return;
        }
        lane.abort = false;
        workers.submit(() -> run(host, lane, next));
    }

    private void run(String host, Lane lane, Item item) {
        boolean completed = false;
        try {
            handler.handle(item.work(), () -> lane.abort || !running);
            completed = true;
        } catch (CrawlAbortedException e) {
            LOG.info(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "crawl of %s (round %s) failed; it is committed and left to the next round",
                    host, item.work().roundId());
            completed = true;
        } finally {
            if (completed) {
                done.add(item);
            }
            synchronized (this) {
                queueDepth.merge(host, -1, Integer::sum);
                startNext(host, lane);
            }
        }
    }

    private void drainDone() {
        Item item;
        while ((item = done.poll()) != null) {
            TreeSet<Long> offsets = pending.get(item.partition());
            if (offsets != null) {
                offsets.remove(item.offset());
            }
        }
    }

    /** Commits, per partition, the offset below which all work is done ({@code only} null: every partition). */
    private void commitProgress(Collection<TopicPartition> only) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> e : highestSeen.entrySet()) {
            TopicPartition tp = e.getKey();
            if (only != null && !only.contains(tp)) {
                continue;
            }
            TreeSet<Long> offsets = pending.getOrDefault(tp, new TreeSet<>());
            long safe = offsets.isEmpty() ? e.getValue() + 1 : offsets.first();
            if (!Long.valueOf(safe).equals(committed.get(tp))) {
                commits.put(tp, new OffsetAndMetadata(safe));
            }
        }
        if (!commits.isEmpty()) {
            consumer.commitSync(commits);
            commits.forEach((tp, om) -> committed.put(tp, om.offset()));
        }
    }

    private void awaitIdle(Collection<String> hosts) {
        Set<String> watch = new HashSet<>(hosts);
        synchronized (this) {
            long until = System.currentTimeMillis() + 120_000;
            while (watch.stream().anyMatch(h -> lanes.get(h) != null && lanes.get(h).running != null)) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    LOG.warn("crawls did not stop within 120 s");
                    return;
                }
                try {
                    wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            List<String> affected = new ArrayList<>();
            synchronized (CrawlWorkConsumer.this) {
                for (Map.Entry<String, Lane> e : lanes.entrySet()) {
                    Lane lane = e.getValue();
                    int before = lane.queued.size();
                    lane.queued.removeIf(i -> partitions.contains(i.partition()));
                    queueDepth.merge(e.getKey(), lane.queued.size() - before, Integer::sum);
                    if (lane.running != null && partitions.contains(lane.running.partition())) {
                        lane.abort = true;
                        affected.add(e.getKey());
                    }
                }
            }
            awaitIdle(affected);
            drainDone();
            try {
                commitProgress(partitions);
            } catch (RuntimeException e) {
                LOG.warn("commit on revocation failed; the next owner repeats that work", e);
            }
            for (TopicPartition tp : partitions) {
                pending.remove(tp);
                highestSeen.remove(tp);
                committed.remove(tp);
            }
            assigned.removeAll(partitions);
            LOG.infof("released crawl-work partitions %s", partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned.addAll(partitions);
            LOG.infof("took crawl-work partitions %s", partitions);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        if (pollThread != null) {
            try {
                pollThread.join(130_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }
}
