package org.disclosurewatch.store.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredFinding;

/**
 * Remembers which of the store's own alerts the broker has acknowledged, so that an alert raised while the
 * broker was away is sent later (at least once) instead of being lost.
 */
@ApplicationScoped
public class AlertOutbox {
    private final Clock clock;

    public AlertOutbox(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void markSent(String alertId) {
        StoredAlert a = StoredAlert.byAlertId(alertId);
        if (a != null && a.sentAt == null) {
            a.sentAt = clock.instant();
        }
    }

    /** Open store alerts raised more than {@code grace} ago that the broker never acknowledged. */
    @Transactional
    public List<FilingAlert> unsent(Duration grace) {
        List<FilingAlert> out = new ArrayList<>();
        List<StoredAlert> pending = StoredAlert.list("origin = ?1 and sentAt is null and resolvedAt is null and raisedAt < ?2",
                StoredFinding.FROM_STORE, clock.instant().minus(grace));
        for (StoredAlert a : pending) {
            Finding f = new Finding(a.ruleId, 1, a.kind, Severity.valueOf(a.severity.toUpperCase(java.util.Locale.ROOT)),
                    a.cell, a.cell == null ? List.of() : List.of(a.cell), a.observed, a.expected, a.message);
            out.add(new FilingAlert(FilingAlert.SCHEMA, a.alertId, a.agency.name, a.agency.region, a.year, f,
                    a.documentUrl, a.raisedAt));
        }
        return out;
    }
}
