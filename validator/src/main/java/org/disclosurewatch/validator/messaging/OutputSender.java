package org.disclosurewatch.validator.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
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
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.RetryPolicy;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.kafka.AlertMessages;
import org.disclosurewatch.contracts.kafka.BrokerAck;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends what the validation of a poll produced — each report's alerts and its validated record — and returns only
 * once the broker acknowledged every one of them; what a transient failure (broker away, timeout) left unsent is
 * sent again with backoff, the incoming channel paused meanwhile. The caller acknowledges the poll after this
 * returns, so nothing is lost: at worst a record or alert is sent twice (an alert with the same {@code ce_id}).
 * One wait per poll, not per report: the sends of a poll travel to the broker together.
 */
@ApplicationScoped
public class OutputSender {
    /** How long to wait for the broker's acknowledgement of one send before sending what is left again. */
    static final Duration ACK_WAIT = Duration.ofSeconds(60);

    private final Emitter<FilingAlert> alerts;
    private final Emitter<ValidatedReport> validated;
    private final TransientRetry retry;

    public OutputSender(@Channel("alerts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                        Emitter<FilingAlert> alerts,
                        @Channel("validated") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                        Emitter<ValidatedReport> validated,
                        KafkaClientService clients) {
        this.alerts = alerts;
        this.validated = validated;
        this.retry = new TransientRetry(new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 3),
                new ConsumptionPause(clients, "parsed"), null);
    }

    /** What one incoming report yields: its validated record (sent under {@code key}) and its alerts. */
    public record Output(String key, ValidatedReport validated, List<FilingAlert> alerts, boolean reread) {
        public Output {
            alerts = List.copyOf(alerts);
        }
    }

    /** Sends every output (each report's alerts, then its record) and waits for the broker; throws only when interrupted. */
    public void sendAll(List<Output> outputs) {
        if (outputs.isEmpty()) {
            return;
        }
        List<Send> unsent = new ArrayList<>();
        for (Output o : outputs) {
            for (FilingAlert a : o.alerts()) {
                unsent.add(new Send("alert " + a.alertId(), () -> AlertMessages.of(a, o.reread()), alerts));
            }
            unsent.add(new Send("the validated record of " + o.key(), () -> Message.of(o.validated())
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(o.key()).build()), validated));
        }
        retry.run(outputs.size() + " validated report(s)", () -> {
            Map<Send, CompletableFuture<Void>> pending = new LinkedHashMap<>();
            for (Send s : unsent) {
                pending.put(s, s.send());
            }
            RuntimeException failure = null;
            for (Map.Entry<Send, CompletableFuture<Void>> e : pending.entrySet()) {
                try {
                    e.getValue().get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    unsent.remove(e.getKey());
                } catch (ExecutionException ex) {
                    failure = failure != null ? failure : new NotSentException(e.getKey().what(), ex.getCause());
                } catch (TimeoutException ex) {
                    failure = failure != null ? failure : new NotSentException(e.getKey().what(), ex);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new NotSentException(e.getKey().what(), ex);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return null;
        });
    }

    /** One message to send on one channel; identity-keyed so equal payloads are still separate sends. */
    private static final class Send {
        private final String what;
        private final java.util.function.Supplier<Message<?>> message;
        private final Emitter<?> emitter;

        <T> Send(String what, java.util.function.Supplier<Message<T>> message, Emitter<T> emitter) {
            this.what = what;
            this.message = message::get;
            this.emitter = emitter;
        }

        String what() {
            return what;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<Void> send() {
            CompletableFuture<Void> acked = new CompletableFuture<>();
            Message<?> m = BrokerAck.completing(message.get(), acked);
            try {
                ((Emitter) emitter).send(m);
            } catch (RuntimeException e) {
                acked.completeExceptionally(e);
            }
            return acked;
        }
    }

    /** The broker did not take a record. */
    static final class NotSentException extends RuntimeException {
        NotSentException(String what, Throwable cause) {
            super(what + " not acknowledged by the broker: " + cause, cause);
        }
    }
}
