package org.disclosurewatch.fetcher.state;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import org.disclosurewatch.contracts.json.UnsupportedRecordException;
import org.jboss.logging.Logger;

/**
 * Keeps fetch state in the compacted topic {@code dw.topics.fetch-state} (key = canonical URL). Every replica
 * reads the whole topic from the beginning at start-up and keeps tailing it, so it also sees what other
 * replicas fetched; {@link #awaitCaughtUp()} waits until everything written so far has been read, which a
 * worker calls before crawling a host it may just have taken over.
 */
public final class KafkaFetchStateLog implements FetchStateLog, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KafkaFetchStateLog.class);

    private final String topic;
    private final Duration catchUpTimeout;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> reader;
    private final KafkaConsumer<String, byte[]> probe;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread readerThread;

    public KafkaFetchStateLog(String bootstrapServers, String topic, Duration catchUpTimeout) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic, catchUpTimeout);
    }

    /** @param connection the client settings shared by every Kafka client (bootstrap servers, security) */
    public KafkaFetchStateLog(Map<String, ?> connection, String topic, Duration catchUpTimeout) {
        this.topic = topic;
        this.catchUpTimeout = catchUpTimeout;
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
        this.reader = new KafkaConsumer<>(consumerProps(connection));
        this.probe = new KafkaConsumer<>(consumerProps(connection));
    }

    private static Properties consumerProps(Map<String, ?> connection) {
        Properties c = new Properties();
        c.putAll(connection);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return c;
    }

    /** Starts reading the topic from its beginning into {@code onRecord}; returns once the backlog is read. */
    public void start(Consumer<FetchState> onRecord) throws InterruptedException {
        List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                .map(pi -> new TopicPartition(topic, pi.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        partitions.forEach(tp -> positions.put(tp, 0L));
        readerThread = new Thread(() -> readLoop(partitions, onRecord), "fetch-state-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        awaitCaughtUp();
    }

    private void readLoop(List<TopicPartition> partitions, Consumer<FetchState> onRecord) {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                    if (r.value() == null) {
                        continue;
                    }
                    try {
                        onRecord.accept(Json.read(r.value(), FetchState.class, FetchState.SCHEMA));
                    } catch (UnsupportedRecordException e) {
                        LOG.warnf("skipping fetch-state record %s at %s-%d@%d: %s", r.key(), r.topic(), r.partition(),
                                r.offset(), e.getMessage());
                    }
                }
                for (TopicPartition tp : partitions) {
                    positions.put(tp, reader.position(tp));
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("fetch-state reader stopped", e);
        } finally {
            reader.close();
        }
    }

    @Override
    public void append(FetchState state) throws InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, state.url(), Json.write(state))).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write fetch state of " + state.url(), e);
        }
    }

    @Override
    public void awaitCaughtUp() throws InterruptedException {
        Map<TopicPartition, Long> ends;
        synchronized (probe) {
            ends = probe.endOffsets(positions.keySet(), Duration.ofSeconds(30));
        }
        long until = System.nanoTime() + catchUpTimeout.toNanos();
        while (true) {
            boolean caughtUp = ends.entrySet().stream()
                    .allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("fetch state not read back within " + catchUpTimeout);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        running = false;
        reader.wakeup();
        if (readerThread == null) {
            reader.close();
        } else {
            try {
                readerThread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(Duration.ofSeconds(5));
        synchronized (probe) {
            probe.close();
        }
    }
}
