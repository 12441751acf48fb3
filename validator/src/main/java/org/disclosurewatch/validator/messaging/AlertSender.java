package org.disclosurewatch.validator.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.RetryPolicy;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.kafka.AlertMessages;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends the alerts of one incoming record and returns only once the broker acknowledged every one of them;
 * a send that failed for a transient reason (broker away, timeout) is sent again with backoff, the incoming
 * channel paused meanwhile. The caller acknowledges the incoming record after this returns, so an alert is
 * never lost: at worst it is sent twice, with the same {@code ce_id}.
 */
@ApplicationScoped
public class AlertSender {
    /** How long to wait for the broker's acknowledgement of one batch before sending the rest again. */
    static final Duration ACK_WAIT = Duration.ofSeconds(60);

    private final Emitter<FilingAlert> emitter;
    private final TransientRetry retry;

    public AlertSender(@Channel("alerts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       Emitter<FilingAlert> emitter, KafkaClientService clients) {
        this.emitter = emitter;
        this.retry = new TransientRetry(new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 3),
                new ConsumptionPause(clients, "parsed"), null);
    }

    /** Sends every alert and waits for the broker; throws only on a permanent failure (to dead-letter the input). */
    public void sendAll(String what, List<FilingAlert> alerts) {
        sendAll(what, alerts, false);
    }

    /**
     * As {@link #sendAll(String, List)}; alerts of a re-read of a stored version carry the CloudEvent extension
     * {@link AlertMessages#REREAD_EXTENSION}.
     */
    public void sendAll(String what, List<FilingAlert> alerts, boolean reread) {
        if (alerts.isEmpty()) {
            return;
        }
        List<FilingAlert> unsent = new ArrayList<>(alerts);
        retry.run("alerts of " + what, () -> {
            Map<FilingAlert, CompletableFuture<Void>> pending = new LinkedHashMap<>();
            for (FilingAlert a : unsent) {
                pending.put(a, send(a, reread));
            }
            RuntimeException failure = null;
            for (Map.Entry<FilingAlert, CompletableFuture<Void>> e : pending.entrySet()) {
                try {
                    e.getValue().get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    unsent.remove(e.getKey());
                } catch (ExecutionException ex) {
                    failure = failure != null ? failure : new AlertNotSentException(e.getKey(), ex.getCause());
                } catch (TimeoutException ex) {
                    failure = failure != null ? failure : new AlertNotSentException(e.getKey(), ex);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new AlertNotSentException(e.getKey(), ex);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return null;
        });
    }

    private CompletableFuture<Void> send(FilingAlert alert, boolean reread) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<FilingAlert> m = AlertMessages.of(alert, reread)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    acked.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(m);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /** The broker did not take an alert. */
    static final class AlertNotSentException extends RuntimeException {
        AlertNotSentException(FilingAlert alert, Throwable cause) {
            super("alert " + alert.alertId() + " not acknowledged by the broker: " + cause, cause);
        }
    }
}
