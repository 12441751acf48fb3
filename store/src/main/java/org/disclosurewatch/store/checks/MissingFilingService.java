package org.disclosurewatch.store.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.store.domain.ExpectedFiler;
import org.disclosurewatch.store.domain.MissingFiling;
import org.disclosurewatch.store.domain.MissingFilingFinder;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.ingest.AlertBook;
import org.disclosurewatch.store.ingest.StoreSettings;
import org.disclosurewatch.store.ingest.Upserts;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredFinding;

/**
 * Raises one {@code missing_filing} alert per body and year whose report is overdue. The alert is kept, so
 * later runs find it and raise nothing; the report's arrival resolves it.
 */
@ApplicationScoped
public class MissingFilingService {
    private final MissingFilingFinder finder;
    private final StoreSettings settings;
    private final AlertBook alerts;
    private final Clock clock;

    public MissingFilingService(MissingFilingFinder finder, StoreSettings settings, AlertBook alerts, Clock clock) {
        this.finder = finder;
        this.settings = settings;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Runs the check for today; returns the alerts raised by this run (to be sent after commit). */
    @Transactional
    public List<FilingAlert> run() {
        return run(LocalDate.now(clock));
    }

    @Transactional
    public List<FilingAlert> run(LocalDate today) {
        SingleRunLock.acquire(SingleRunLock.MISSING_FILING_CHECK);
        return check(today);
    }

    /**
     * The scheduled run: only when no other replica is running the check right now (it would raise the same
     * alerts); returns nothing when skipped.
     */
    @Transactional
    public List<FilingAlert> runUnlessRunningElsewhere() {
        if (!SingleRunLock.tryAcquire(SingleRunLock.MISSING_FILING_CHECK)) {
            return List.of();
        }
        return check(LocalDate.now(clock));
    }

    private List<FilingAlert> check(LocalDate today) {
        List<ExpectedFiler> registry = settings.registry();
        for (ExpectedFiler e : registry) {
            registered(e, clock);
        }
        Map<String, MissingFilingFinder.Filer> filed = new LinkedHashMap<>();
        List<Report> reports = Report.listAll();
        for (Report r : reports) {
            filed.computeIfAbsent(r.agency.name, n -> new MissingFilingFinder.Filer(n,
                    StoreSettings.level(r.agency.level), r.agency.region, new TreeSet<>())).years().add(r.year);
        }
        List<FilingAlert> raised = new ArrayList<>();
        for (MissingFiling m : finder.find(registry, filed.values(), today)) {
            Agency agency = Agency.byName(m.agency());
            Finding finding = StoreRules.missing(m.deadline());
            String id = AlertBook.alertId(m.agency(), m.year(), finding);
            if (StoredAlert.byAlertId(id) != null) {
                continue;
            }
            alerts.raise(id, agency, m.year(), null, StoredFinding.FROM_STORE, finding, null).ifPresent(raised::add);
        }
        return raised;
    }

    private static void registered(ExpectedFiler e, Clock clock) {
        Agency a = Upserts.agency(e.name(), clock.instant());
        if (a.level == null && e.level() != null) {
            a.level = e.level().id();
        }
        if (a.region == null) {
            a.region = e.region();
        }
    }

}
