package org.disclosurewatch.store.ingest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.store.reparse.RereadIngest;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads validated reports (channel {@code validated}, group dw-store), stores them, then sends the alerts
 * the store raised. The record is acknowledged (its offset committed) only after its transaction committed.
 * Failures by kind ({@link org.disclosurewatch.contracts.failure.FailureClassifier}): a record that cannot be
 * read, or that fails for good, goes to the dead-letter topic with the reason; a transient failure (database
 * unreachable, I/O error, timeout) is retried with backoff on the same record, in order, with the channel
 * paused until it goes through — it is never dead-lettered. A re-read of a stored version ({@code ./dw reparse})
 * is recorded as a new parse of that version by {@link RereadIngest}, never as a new version.
 */
@ApplicationScoped
public class ValidatedReportConsumer {
    static final String CHANNEL = "validated";
    private static final Logger LOG = Logger.getLogger(ValidatedReportConsumer.class);

    private final ReportIngest ingest;
    private final RereadIngest rereads;
    private final AlertPublisher publisher;
    private final StoreWriteLock lock;
    private final TransientRetry retry;
    private final ConsumptionPause pause;

    public ValidatedReportConsumer(ReportIngest ingest, RereadIngest rereads, AlertPublisher publisher, StoreWriteLock lock,
                                   IngestConfig config, DatabaseProbe database, KafkaClientService clients) {
        this.ingest = ingest;
        this.rereads = rereads;
        this.publisher = publisher;
        this.lock = lock;
        this.pause = new ConsumptionPause(clients, CHANNEL);
        this.retry = new TransientRetry(config.retryPolicy(), pause, database::reachable);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(byte[] payload) {
        ValidatedReport report = Json.read(payload, ValidatedReport.class, ValidatedReport.SCHEMA);
        if (report.reread() != null) {
            RereadIngest.Result reread = retry.run("re-read of " + describe(report),
                    () -> lock.run(() -> rereads.ingest(report)));
            try {
                publisher.publish(reread.alerts(), true);
            } catch (RuntimeException e) {
                LOG.warnf("alerts of a re-read of %s not handed to the broker now (%s); the outbox sends them again",
                        describe(report), e);
            }
            return;
        }
        IngestResult result = retry.run(describe(report), () -> lock.run(() -> ingest.ingest(report)));
        try {
            publisher.publish(result.alerts());
        } catch (RuntimeException e) {
            // the report is stored and its alerts are in the outbox, which sends them again: acknowledge the record
            LOG.warnf("alerts of %s not handed to the broker now (%s); the outbox sends them again", describe(report), e);
        }
    }

    /** Whether consumption is paused because the database is away. */
    public boolean paused() {
        return pause.paused();
    }

    private static String describe(ValidatedReport r) {
        if (r.report() == null) {
            return "a validated record";
        }
        return r.report().agency() + " " + r.report().year();
    }
}
