package org.disclosurewatch.contracts.failure;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pauses the Kafka consumer of a channel while its records cannot be processed for a transient reason
 * (the database or the broker is away), so it stops fetching instead of reading on; resumes once a record went through.
 * The record being retried is not acknowledged meanwhile, so its offset is not committed.
 */
public final class ConsumptionPause implements TransientRetry.Listener {
    private static final Logger LOG = Logger.getLogger(ConsumptionPause.class.getName());

    private final KafkaClientService clients;
    private final String channel;
    private final AtomicBoolean paused = new AtomicBoolean();

    public ConsumptionPause(KafkaClientService clients, String channel) {
        this.clients = clients;
        this.channel = channel;
    }

    /** Whether consumption is paused now. */
    public boolean paused() {
        return paused.get();
    }

    @Override
    public void paused(String what, Throwable cause) {
        LOG.warning(() -> "cannot process " + what + " for now (" + rootMessage(cause) + "); pausing channel " + channel
                + " and retrying");
        paused.set(true);
        for (KafkaConsumer<Object, Object> c : clients.<Object, Object>getConsumers(channel)) {
            try {
                c.pause().await().atMost(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "pausing " + channel, e);
            }
        }
    }

    @Override
    public void resumed(String what, int attempts) {
        paused.set(false);
        for (KafkaConsumer<Object, Object> c : clients.<Object, Object>getConsumers(channel)) {
            try {
                c.resume().await().atMost(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "resuming " + channel, e);
            }
        }
        LOG.info(() -> what + " went through after " + attempts + " attempts; channel " + channel + " resumed");
    }

    public static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return t == root ? t.toString() : t.getClass().getSimpleName() + ": " + t.getMessage() + " ← " + root;
    }
}
