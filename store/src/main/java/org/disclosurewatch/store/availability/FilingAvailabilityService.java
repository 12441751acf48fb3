package org.disclosurewatch.store.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.ingest.AlertBook;
import org.disclosurewatch.store.ingest.FilingSummaries;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.FilingAvailabilityRow;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredFinding;
import org.jboss.logging.Logger;

/**
 * Applies the fetcher's withdrawals and restorations of filings. A withdrawal of a stored report records a
 * {@code filing_withdrawn} finding on its current version and raises its alert (once: the same withdrawal
 * delivered again changes nothing); a restoration removes the finding and resolves the alert. The report, its
 * versions and originals stay stored and served either way. An event about a URL no stored version has is kept
 * (so the report's arrival later is not mistaken for news) but raises nothing. An event older than the last one
 * applied to its URL (a replay) changes nothing.
 */
@ApplicationScoped
public class FilingAvailabilityService {
    private static final Logger LOG = Logger.getLogger(FilingAvailabilityService.class);

    private final AlertBook alerts;
    private final FilingSummaries summaries;
    private final Clock clock;
    private final ZoneId zone;

    public FilingAvailabilityService(AlertBook alerts, FilingSummaries summaries, Clock clock) {
        this.alerts = alerts;
        this.summaries = summaries;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The alert id of one withdrawal of one report page: a later withdrawal of the same page is a new alert. */
    public static String alertId(String agency, int year, String documentUrl, Instant goneSince) {
        return FetchedDocument.sha256((agency + "|" + year + "|withdrawn|" + documentUrl + "|" + goneSince)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** Applies one event; returns the alerts to send once the transaction committed. */
    @Transactional
    public List<FilingAlert> apply(FilingAvailability event) {
        String url = event.documentUrl();
        Instant observed = event.observedAt() != null ? event.observedAt() : clock.instant();
        FilingAvailabilityRow row = FilingAvailabilityRow.byUrl(url);
        if (row != null && row.lastObservedAt != null && observed.isBefore(row.lastObservedAt)) {
            LOG.infof("availability of %s observed %s is older than the last applied (%s): ignored", url, observed,
                    row.lastObservedAt);
            return List.of();
        }
        if (row == null) {
            row = new FilingAvailabilityRow();
            row.documentUrl = url;
        }
        Report report = reportOf(url);
        if (report != null) {
            row.report = report;
        }
        row.portalId = event.portalId();
        row.listingUrl = event.listingUrl();
        row.lastObservedAt = observed;
        row.updatedAt = clock.instant();
        List<FilingAlert> raised = event.withdrawn() ? withdraw(row, event, observed) : restore(row, observed);
        if (row.id == null) {
            row.persist();
        }
        return raised;
    }

    private List<FilingAlert> withdraw(FilingAvailabilityRow row, FilingAvailability event, Instant observed) {
        boolean already = FilingAvailabilityRow.WITHDRAWN.equals(row.status);
        row.status = FilingAvailabilityRow.WITHDRAWN;
        row.reason = event.reason();
        if (!already) {
            row.goneSince = event.goneSince();
            row.withdrawnAt = observed;
            row.restoredAt = null;
        }
        Report report = row.report;
        if (report == null) {
            LOG.infof("withdrawn %s: no stored report has this URL; recorded without an alert", row.documentUrl);
            return List.of();
        }
        Finding finding = StoreRules.withdrawn(row.documentUrl, row.reason,
                row.goneSince == null ? null : row.goneSince.atZone(zone).toLocalDate());
        DocumentVersion current = report.currentVersion;
        if (current != null) {
            StoredFinding.delete("version = ?1 and origin = ?2 and ruleId = ?3", current, StoredFinding.FROM_STORE,
                    StoreRules.AVAILABILITY);
            StoredFinding.of(current, StoredFinding.FROM_STORE, finding).persist();
        }
        String id = alertId(report.agency.name, report.year, row.documentUrl, row.goneSince);
        row.alertId = id;
        List<FilingAlert> raised = alerts.raise(id, report.agency, report.year, report, StoredFinding.FROM_STORE,
                finding, row.documentUrl).map(List::of).orElse(List.of());
        summaries.refresh(report);
        if (!raised.isEmpty()) {
            LOG.infof("withdrawn %s (%s %d): %s", row.documentUrl, report.agency.name, report.year, row.reason);
        }
        return raised;
    }

    private List<FilingAlert> restore(FilingAvailabilityRow row, Instant observed) {
        boolean wasWithdrawn = FilingAvailabilityRow.WITHDRAWN.equals(row.status);
        row.status = FilingAvailabilityRow.RESTORED;
        if (wasWithdrawn) {
            row.restoredAt = observed;
        }
        if (row.alertId != null) {
            StoredAlert a = StoredAlert.byAlertId(row.alertId);
            if (a != null && a.resolvedAt == null) {
                a.resolvedAt = observed;
            }
        }
        Report report = row.report;
        if (report != null && report.currentVersion != null) {
            long removed = StoredFinding.delete("version = ?1 and origin = ?2 and ruleId = ?3", report.currentVersion,
                    StoredFinding.FROM_STORE, StoreRules.AVAILABILITY);
            if (removed > 0) {
                summaries.refresh(report);
            }
        }
        if (wasWithdrawn) {
            LOG.infof("restored %s", row.documentUrl);
        }
        return List.of();
    }

    /** The report whose newest version was fetched from (or names as canonical) this URL, or null. */
    private static Report reportOf(String url) {
        DocumentVersion v = DocumentVersion.find("canonicalUrl = ?1 or sourceUrl = ?1 order by storedAt desc, id desc",
                url).firstResult();
        return v == null ? null : v.report;
    }
}
