package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.store.domain.FilingStatus;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredFinding;

/**
 * Keeps the summary each report carries for the lists (status, deadline, the current version's title,
 * format, dates, how many versions and findings): computed when a report is stored and again whenever a
 * check changes its findings, so no read recomputes it. Must be called inside a transaction.
 */
@ApplicationScoped
public class FilingSummaries {
    private final DeadlineCalendar calendar;

    public FilingSummaries(DeadlineCalendar calendar) {
        this.calendar = calendar;
    }

    /** Recomputes the summary of {@code r} from its agency and its current version's stored findings. */
    public void refresh(Report r) {
        DocumentVersion v = r.currentVersion;
        List<Finding> findings = new ArrayList<>();
        if (v != null) {
            List<Object[]> rows = StoredFinding.find("select f.kind, f.severity from StoredFinding f where f.version = ?1", v)
                    .project(Object[].class).list();
            for (Object[] row : rows) {
                findings.add(new Finding(null, 1, (String) row[0],
                        Severity.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), null, List.of(), null, null, null));
            }
        }
        refresh(r, findings, (int) DocumentVersion.count("report", r));
    }

    /**
     * As {@link #refresh(Report)} when every row of the current version is in the database (flushed): reads the
     * stored findings and versions without flushing the session, and adds {@code unflushed}, the current version's
     * findings persisted since.
     */
    public void refreshFlushed(Report r, List<Finding> unflushed) {
        DocumentVersion v = r.currentVersion;
        EntityManager em = Panache.getEntityManager();
        List<Finding> findings = new ArrayList<>();
        if (v != null) {
            List<Object[]> rows = em.createQuery("select f.kind, f.severity from StoredFinding f where f.version = ?1",
                    Object[].class).setParameter(1, v).setFlushMode(FlushModeType.COMMIT).getResultList();
            for (Object[] row : rows) {
                findings.add(new Finding(null, 1, (String) row[0],
                        Severity.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), null, List.of(), null, null, null));
            }
        }
        findings.addAll(unflushed);
        long versions = em.createQuery("select count(v) from DocumentVersion v where v.report = ?1", Long.class)
                .setParameter(1, r).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        refresh(r, findings, (int) versions);
    }

    /** Recomputes the summary of {@code r} given every finding of its current version and its number of versions. */
    public void refresh(Report r, List<Finding> findings, int versions) {
        Agency a = r.agency;
        r.agencyName = a.name;
        r.level = a.level;
        r.region = a.region;
        r.deadline = deadline(a, r.year);
        r.versions = versions;
        DocumentVersion v = r.currentVersion;
        if (v != null) {
            r.title = v.title;
            r.format = v.format;
            r.publishedOn = v.publishedOn;
            r.fetchedAt = v.fetchedAt;
            r.sourceUrl = v.sourceUrl;
        }
        r.findings = findings.size();
        r.status = FilingStatus.ofFiled(v == null ? null : v.publishedOn, r.deadline, findings).id();
    }

    /** The deadline of a body's report for a year, or null when the body's level is unknown. */
    public LocalDate deadline(Agency a, int year) {
        return calendar.deadline(StoreSettings.level(a.level), a.region, year).orElse(null);
    }
}
