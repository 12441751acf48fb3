package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.store.domain.CrossFilingCheck;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredFinding;

/**
 * Runs the checks across filings when a report changes: against the year before (findings on this
 * report) and the year after (findings on that report), so a mismatch is found whichever year arrives
 * first. The store's cross-filing findings of a version are replaced on each run; alerts that no longer
 * apply are resolved. Must be called inside a transaction.
 */
@ApplicationScoped
public class CrossFilingService {
    private final CrossFilingCheck check;
    private final AlertBook alerts;
    private final FilingSummaries summaries;

    public CrossFilingService(CrossFilingCheck check, AlertBook alerts, FilingSummaries summaries) {
        this.check = check;
        this.alerts = alerts;
        this.summaries = summaries;
    }

    /** Rechecks every stored report against the year before; returns the alerts to send and how many were checked. */
    @jakarta.transaction.Transactional
    public Recheck recheckAll() {
        List<FilingAlert> raised = new ArrayList<>();
        List<Report> all = Report.list("order by agency.id, year");
        for (Report r : all) {
            raised.addAll(recheck(Report.of(r.agency, r.year - 1), r, null, null));
        }
        return new Recheck(raised, all.size());
    }

    /** What a full recheck did. */
    public record Recheck(List<FilingAlert> alerts, int reports) {
    }

    /**
     * Rechecks {@code filing} against its previous year, and the next year against {@code filing}; both
     * summaries are recomputed. {@code current} is the filing's current version as received (or null: read it).
     */
    public List<FilingAlert> recheckAround(Report filing, AnnualReport current, Ingested ingested) {
        return recheckAround(filing, current, false, ingested);
    }

    /**
     * As {@link #recheckAround(Report, AnnualReport, Ingested)}; {@code onlyFiling}: the body was created in this
     * transaction, so it has no other year to compare with and none is looked for (the summary is still computed).
     */
    public List<FilingAlert> recheckAround(Report filing, AnnualReport current, boolean onlyFiling, Ingested ingested) {
        return recheckAround(IngestContext.direct(), filing, current, onlyFiling, ingested);
    }

    /** As {@link #recheckAround(Report, AnnualReport, boolean, Ingested)}, looking up through {@code context}. */
    public List<FilingAlert> recheckAround(IngestContext context, Report filing, AnnualReport current,
                                           boolean onlyFiling, Ingested ingested) {
        if (onlyFiling) {
            return recheck(context, null, filing, current, ingested);
        }
        List<FilingAlert> raised = new ArrayList<>();
        Report previous = context.filing(filing.agency, filing.year - 1);
        Report next = context.filing(filing.agency, filing.year + 1);
        raised.addAll(recheck(context, previous, filing, current, ingested));
        if (next != null) {
            raised.addAll(recheck(context, filing, next, null, null));
        }
        return raised;
    }

    /**
     * What ingest just stored for a filing: its version is new, so it carries no cross-filing finding yet.
     *
     * @param newReport whether the filing itself is new (then it has no alerts of earlier versions either)
     * @param findings  the findings stored on the new version so far
     * @param versions  how many versions the filing has now
     */
    public record Ingested(boolean newReport, List<Finding> findings, int versions) {
    }

    /**
     * Replaces the cross-filing findings of {@code later}'s current version ({@code laterReport} when already
     * at hand) and recomputes its summary; returns the alerts to send.
     */
    List<FilingAlert> recheck(Report earlier, Report later, AnnualReport laterReport, Ingested ingested) {
        return recheck(IngestContext.direct(), earlier, later, laterReport, ingested);
    }

    private List<FilingAlert> recheck(IngestContext context, Report earlier, Report later, AnnualReport laterReport,
                                      Ingested ingested) {
        DocumentVersion target = later.currentVersion;
        if (target == null) {
            summaries.refresh(later);
            return List.of();
        }
        if (ingested == null) {
            // the reads and the delete below do not flush the session (a poll's session holds every entity of its
            // reports: a flush per query made a poll quadratic); they flush once first only when this transaction
            // may hold rows of the version not yet written
            EntityManager em = Panache.getEntityManager();
            if (context.unflushed(target)) {
                em.flush();
            }
            em.createQuery("delete from StoredFinding f where f.version = ?1 and f.origin = ?2 and f.ruleId in ?3")
                    .setParameter(1, target).setParameter(2, StoredFinding.FROM_STORE)
                    .setParameter(3, StoreRules.CROSS_FILING_RULES).setFlushMode(FlushModeType.COMMIT).executeUpdate();
        }
        List<Finding> found = List.of();
        if (earlier != null && earlier.currentVersion != null) {
            AnnualReport before = context.stored(earlier.currentVersion);
            AnnualReport now = laterReport != null ? laterReport : context.stored(target);
            found = check.compare(before, now);
        }
        List<FilingAlert> raised = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        String url = target.canonicalUrl != null ? target.canonicalUrl : target.sourceUrl;
        if (!found.isEmpty()) {
            context.findingsAdded(target);
        }
        for (Finding f : found) {
            StoredFinding.of(target, StoredFinding.FROM_STORE, f).persist();
            String id = AlertBook.alertId(later.agency.name, later.year, f);
            keep.add(id);
            alerts.raise(context, id, later.agency, later.year, later, StoredFinding.FROM_STORE, f, url)
                    .ifPresent(raised::add);
        }
        if (ingested == null || !ingested.newReport()) {
            alerts.resolveOthers(context, later.agency, later.year, StoredFinding.FROM_STORE,
                    StoreRules.CROSS_FILING_KINDS, keep);
        }
        if (ingested == null) {
            summaries.refreshFlushed(later, found);
        } else {
            List<Finding> all = new ArrayList<>(ingested.findings());
            all.addAll(found);
            summaries.refresh(later, all, ingested.versions());
        }
        return raised;
    }
}
