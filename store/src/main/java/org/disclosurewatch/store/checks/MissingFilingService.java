package org.disclosurewatch.store.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * Set-based: the filed years, the known missing-filing alerts and the bodies come in one query each, so a
     * run costs a few queries however many bodies and reports the store holds (a per-body query would flush the
     * growing session each time and make a run quadratic in the alerts it raises).
     */
    private List<FilingAlert> check(LocalDate today) {
        List<ExpectedFiler> registry = settings.registry();
        for (ExpectedFiler e : registry) {
            registered(e, clock);
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        Map<String, MissingFilingFinder.Filer> filed = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("select a.name, a.level, a.region, r.year from Report r join r.agency a",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            String name = (String) row[0];
            filed.computeIfAbsent(name, n -> new MissingFilingFinder.Filer(n, StoreSettings.level((String) row[1]),
                    (String) row[2], new TreeSet<>())).years().add((Integer) row[3]);
        }
        List<MissingFiling> missing = finder.find(registry, filed.values(), today);
        if (missing.isEmpty()) {
            return List.of();
        }
        // an alert once raised (open or resolved) is never raised again by this check
        Set<String> known = new HashSet<>(em.createQuery("select a.alertId from StoredAlert a where a.kind = ?1",
                String.class).setParameter(1, StoreRules.KIND_MISSING.id()).getResultList());
        Map<String, Agency> agencies = agencies(em, missing);
        List<FilingAlert> raised = new ArrayList<>();
        for (MissingFiling m : missing) {
            Finding finding = StoreRules.missing(m.deadline());
            String id = AlertBook.alertId(m.agency(), m.year(), finding);
            if (known.add(id)) {
                raised.add(alerts.raiseNew(id, agencies.get(m.agency()), m.year(), null, StoredFinding.FROM_STORE,
                        finding, null));
            }
        }
        return raised;
    }

    /** The bodies of the missing filings by name, a thousand names per query. */
    private static Map<String, Agency> agencies(EntityManager em, List<MissingFiling> missing) {
        List<String> names = missing.stream().map(MissingFiling::agency).distinct().toList();
        Map<String, Agency> out = new HashMap<>();
        for (int from = 0; from < names.size(); from += 1000) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + 1000));
            for (Agency a : em.createQuery("select a from Agency a where a.name in ?1", Agency.class)
                    .setParameter(1, chunk).getResultList()) {
                out.put(a.name, a);
            }
        }
        for (String name : names) {
            if (!out.containsKey(name)) {
                throw new IllegalStateException("the body " + name + " of a missing filing is not in the store");
            }
        }
        return out;
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
