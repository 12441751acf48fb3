package org.disclosurewatch.store.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;

/**
 * Keeps the alert table: one row per alert id (the same finding on the same filing always has the same id),
 * so raising an alert twice changes nothing. Must be called inside a transaction.
 */
@ApplicationScoped
public class AlertBook {
    private final Clock clock;

    public AlertBook(Clock clock) {
        this.clock = clock;
    }

    /** The alert id of a finding on a filing ({@link FilingAlert#of}). */
    public static String alertId(String agency, Integer year, Finding finding) {
        return FilingAlert.of(agency, null, year, finding, null, Instant.EPOCH).alertId();
    }

    /** The alert id of a revision: one per version, so each revision alerts once. */
    public static String revisionAlertId(String agency, int year, String sha256) {
        return FetchedDocument.sha256((agency + "|" + year + "|revised|" + sha256).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32);
    }

    /**
     * Records an alert unless one with the same id is open; a resolved one is reopened.
     *
     * @return the alert to send when it is new or reopened, empty when it was already open
     */
    public Optional<FilingAlert> raise(String alertId, Agency agency, Integer year, Report report, String origin,
                                       Finding finding, String documentUrl) {
        return raise(IngestContext.direct(), alertId, agency, year, report, origin, finding, documentUrl);
    }

    /** As {@link #raise(String, Agency, Integer, Report, String, Finding, String)}, looking up through {@code context}. */
    public Optional<FilingAlert> raise(IngestContext context, String alertId, Agency agency, Integer year, Report report,
                                       String origin, Finding finding, String documentUrl) {
        if (context.alertOpen(alertId, agency, year)) {
            return Optional.empty();
        }
        StoredAlert existing = context.alert(alertId, agency, year);
        Instant now = clock.instant();
        if (existing != null) {
            if (existing.resolvedAt == null) {
                return Optional.empty();
            }
            existing.resolvedAt = null;
            existing.raisedAt = now;
            existing.report = report != null ? report : existing.report;
            return Optional.of(toEvent(existing, finding));
        }
        return Optional.of(raiseNew(context, alertId, agency, year, report, origin, finding, documentUrl));
    }

    /**
     * Records an alert the caller knows has no row yet (it looked up the ids in one query); returns the alert
     * to send. A duplicate id is refused by the table's unique key.
     */
    public FilingAlert raiseNew(String alertId, Agency agency, Integer year, Report report, String origin,
                                Finding finding, String documentUrl) {
        return raiseNew(IngestContext.direct(), alertId, agency, year, report, origin, finding, documentUrl);
    }

    private FilingAlert raiseNew(IngestContext context, String alertId, Agency agency, Integer year, Report report,
                                 String origin, Finding finding, String documentUrl) {
        Instant now = clock.instant();
        StoredAlert a = new StoredAlert();
        a.alertId = alertId;
        a.agency = agency;
        a.year = year;
        a.report = report;
        a.origin = origin;
        a.ruleId = finding.ruleId();
        a.kind = finding.kind();
        a.severity = finding.severity().id();
        a.cell = finding.cell();
        a.observed = finding.observed();
        a.expected = finding.expected();
        a.message = finding.message();
        a.documentUrl = documentUrl;
        a.raisedAt = now;
        a.persist();
        context.alertAdded(a);
        return toEvent(a, finding);
    }

    /** Resolves the open alerts of a filing with the given origin and kinds whose ids are not in {@code keep}. */
    public void resolveOthers(Agency agency, int year, String origin, Collection<String> kinds, Set<String> keep) {
        resolveOthers(IngestContext.direct(), agency, year, origin, kinds, keep);
    }

    /** Resolves the open alerts of a filing with the given origin whose ids are not in {@code keep}. */
    public void resolveOthers(Agency agency, int year, String origin, Set<String> keep) {
        resolveOthers(IngestContext.direct(), agency, year, origin, null, keep);
    }

    /**
     * Resolves the open alerts of a filing with the given origin and kinds (null: any kind) whose ids are not in
     * {@code keep}, looking them up through {@code context}.
     */
    public void resolveOthers(IngestContext context, Agency agency, int year, String origin, Collection<String> kinds,
                              Set<String> keep) {
        for (StoredAlert a : context.openAlerts(agency, year, origin, kinds, keep)) {
            a.resolvedAt = clock.instant();
        }
    }

    private static FilingAlert toEvent(StoredAlert a, Finding finding) {
        return new FilingAlert(FilingAlert.SCHEMA, a.alertId, a.agency.name, a.agency.region, a.year, finding,
                a.documentUrl, a.raisedAt);
    }
}
