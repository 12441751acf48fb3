package org.disclosurewatch.store.ingest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.failure.ConsumptionPause;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.store.reparse.RereadIngest;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads validated reports (channel {@code validated}, group dw-store) a poll at a time, stores them, then sends
 * the alerts the store raised. The reports of a poll are stored in one transaction ({@link ReportIngest#ingestAll});
 * the poll is acknowledged (its offsets committed) only after every one of its records was stored or
 * dead-lettered. Failures by kind ({@link org.disclosurewatch.contracts.failure.FailureClassifier}): a record that
 * cannot be read, or that fails for good, goes alone to the dead-letter topic with the reason — the reports
 * before and after it in the poll are stored in their own transactions; a transient failure (database
 * unreachable, I/O error, timeout) is retried with backoff on the same records, in order, with the channel
 * paused until it goes through — it is never dead-lettered. A re-read of a stored version ({@code ./dw reparse})
 * is recorded as a new parse of that version by {@link RereadIngest}, never as a new version, in its own
 * transaction and in its place in the order of the poll.
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

    /** One read record: the Kafka record and its report (null when it could not be read). */
    private record Item(KafkaRecord<String, byte[]> record, ValidatedReport report) {
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<Item> reports = new ArrayList<>();
        try {
            for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
                ValidatedReport report;
                try {
                    report = Json.read(record.getPayload(), ValidatedReport.class, ValidatedReport.SCHEMA);
                } catch (RuntimeException e) {
                    deadLetter(record, e);
                    continue;
                }
                if (report.reread() != null) {
                    // a re-read keeps its place: the reports before it are stored first
                    store(reports);
                    reports.clear();
                    reread(record, report);
                } else {
                    reports.add(new Item(record, report));
                }
            }
            store(reports);
        } catch (TransientRetry.RetryInterruptedException e) {
            // shutting down while the database is away: nothing of this poll is acknowledged, it is read again
            LOG.warnf("stopped while retrying (%s); the unacknowledged records are read again", e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return batch.ack();
    }

    /** Stores reports in one transaction; when one of them fails for good, it alone is dead-lettered. */
    private void store(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1) {
            storeOne(items.get(0));
            return;
        }
        List<ValidatedReport> reports = items.stream().map(Item::report).toList();
        List<IngestResult> results;
        try {
            results = retry.run(items.size() + " reports", () -> lock.run(() -> ingest.ingestAll(reports)));
        } catch (TransientRetry.RetryInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            int failed = ReportIngest.BatchFailure.indexOf(e);
            if (failed < 0) {
                LOG.warnf("a batch of %d reports failed (%s); storing them one by one", items.size(), e);
                for (Item item : items) {
                    storeOne(item);
                }
            } else {
                // the reports before the failing one went through; the failing one is tried (and dead-lettered) alone
                store(items.subList(0, failed));
                storeOne(items.get(failed));
                store(items.subList(failed + 1, items.size()));
            }
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            publish(results.get(i), items.get(i).report());
        }
    }

    private void storeOne(Item item) {
        IngestResult result;
        try {
            result = retry.run(describe(item.report()), () -> lock.run(() -> ingest.ingest(item.report())));
        } catch (TransientRetry.RetryInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            deadLetter(item.record(), e);
            return;
        }
        publish(result, item.report());
    }

    private void reread(KafkaRecord<String, byte[]> record, ValidatedReport report) {
        RereadIngest.Result reread;
        try {
            reread = retry.run("re-read of " + describe(report), () -> lock.run(() -> rereads.ingest(report)));
        } catch (TransientRetry.RetryInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return;
        }
        try {
            publisher.publish(reread.alerts(), true);
        } catch (RuntimeException e) {
            LOG.warnf("alerts of a re-read of %s not handed to the broker now (%s); the outbox sends them again",
                    describe(report), e);
        }
    }

    private void publish(IngestResult result, ValidatedReport report) {
        try {
            publisher.publish(result.alerts());
        } catch (RuntimeException e) {
            // the report is stored and its alerts are in the outbox, which sends them again
            LOG.warnf("alerts of %s not handed to the broker now (%s); the outbox sends them again", describe(report), e);
        }
    }

    /**
     * Sends one record to the dead-letter topic with the reason (the channel's dead-letter strategy) and waits
     * until the broker took it, so the poll's offsets are never committed past a record that is neither stored
     * nor dead-lettered.
     */
    private static void deadLetter(KafkaRecord<String, byte[]> record, Throwable reason) {
        LOG.warnf("dead-lettering a record of %s-%d (key %s): %s", record.getTopic(), record.getPartition(),
                record.getKey(), reason.toString());
        record.nack(reason).toCompletableFuture().join();
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
