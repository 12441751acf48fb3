package org.disclosurewatch.store.checks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.store.ingest.CrossFilingService;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.store.ingest.AlertOutbox;
import org.disclosurewatch.store.ingest.AlertPublisher;
import org.disclosurewatch.store.ingest.StoreWriteLock;
import org.jboss.logging.Logger;

/**
 * The scheduled check for missing filings (every {@code dw.store.missing-check.every}), which also sends again
 * the store's alerts the broker never acknowledged; the check also runs on demand through
 * {@code POST /api/checks/run}.
 */
@ApplicationScoped
public class FilingChecks {
    private static final Logger LOG = Logger.getLogger(FilingChecks.class);

    private final MissingFilingService missing;
    private final CrossFilingService crossFiling;
    private final AlertPublisher publisher;
    private final StoreWriteLock lock;
    private final AlertOutbox outbox;

    public FilingChecks(MissingFilingService missing, CrossFilingService crossFiling, AlertPublisher publisher,
                        StoreWriteLock lock, AlertOutbox outbox) {
        this.outbox = outbox;
        this.missing = missing;
        this.crossFiling = crossFiling;
        this.publisher = publisher;
        this.lock = lock;
    }

    @Scheduled(identity = "missing-filings", every = "${dw.store.missing-check.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        resendUnsent();
        // one replica runs the check (PostgreSQL advisory lock); the others skip this round
        List<FilingAlert> raised = lock.run(missing::runUnlessRunningElsewhere);
        publisher.publish(raised);
        LOG.infof("missing-filing check: %d new alert(s)", raised.size());
    }

    /** Sends again the store's alerts the broker never acknowledged (a broker outage), at least once. */
    @Scheduled(identity = "alert-outbox", every = "${dw.store.ingest.outbox-every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resendUnsent() {
        List<FilingAlert> unsent = outbox.unsent(java.time.Duration.ofMinutes(1));
        if (!unsent.isEmpty()) {
            LOG.infof("sending %d alert(s) the broker never acknowledged", unsent.size());
            publisher.publish(unsent);
        }
    }

    /** Runs the missing-filing check for today; returns the alerts it raised. */
    public List<FilingAlert> run() {
        return run(null);
    }

    /** Runs the missing-filing check as on {@code today} (null: the real today); returns the alerts it raised. */
    public List<FilingAlert> run(LocalDate today) {
        List<FilingAlert> raised = lock.run(() -> today == null ? missing.run() : missing.run(today));
        publisher.publish(raised);
        LOG.infof("missing-filing check: %d new alert(s)", raised.size());
        return raised;
    }

    /** Rechecks every report across filings, then runs the missing-filing check. */
    public Outcome runAll() {
        CrossFilingService.Recheck recheck = lock.run(crossFiling::recheckAll);
        publisher.publish(recheck.alerts());
        List<FilingAlert> all = new ArrayList<>(recheck.alerts());
        all.addAll(run());
        return new Outcome(all, recheck.reports());
    }

    /** The alerts a run raised and how many reports it rechecked. */
    public record Outcome(List<FilingAlert> alerts, int reportsRechecked) {
    }
}
