package org.disclosurewatch.store.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.kafka.AlertMessages;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends the store's own alerts on channel {@code alerts} as the pipeline's alert messages ({@link AlertMessages}:
 * CloudEvents in binary mode with the severity and kind extensions, key = agency), like the validator's.
 * The broker's acknowledgement is recorded in the {@link AlertOutbox}.
 */
@ApplicationScoped
public class AlertPublisher {
    private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

    @Inject
    @Channel("alerts")
    Emitter<FilingAlert> emitter;
    @Inject
    AlertOutbox outbox;
    @Inject
    ManagedExecutor executor;

    public void publish(List<FilingAlert> alerts) {
        publish(alerts, false);
    }

    /** Sends alerts; those raised by a re-read of a stored version carry the CloudEvent extension {@code reread}. */
    public void publish(List<FilingAlert> alerts, boolean reread) {
        for (FilingAlert alert : alerts) {
            publish(alert, reread);
        }
    }

    public void publish(FilingAlert alert) {
        publish(alert, false);
    }

    public void publish(FilingAlert alert, boolean reread) {
        Message<FilingAlert> message = AlertMessages.of(alert, reread)
                .withAck(() -> {
                    executor.runAsync(() -> outbox.markSent(alert.alertId()));
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    LOG.warnf("alert %s not sent, will retry: %s", alert.alertId(), e.toString());
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        LOG.infof("alert %s %s %s", alert.finding().kind(), alert.subject(), alert.alertId());
    }
}
