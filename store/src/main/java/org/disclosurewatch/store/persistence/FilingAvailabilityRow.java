package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a report page is still on its portal (table {@code filing_availability}, one row per URL). */
@Entity
@Table(name = "filing_availability")
public class FilingAvailabilityRow extends PanacheEntityBase {
    public static final String WITHDRAWN = "withdrawn";
    public static final String RESTORED = "restored";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_url")
    public String documentUrl;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    public Report report;
    @Column(name = "portal_id")
    public String portalId;
    @Column(name = "listing_url")
    public String listingUrl;
    public String status;
    public String reason;
    @Column(name = "gone_since")
    public Instant goneSince;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "restored_at")
    public Instant restoredAt;
    @Column(name = "alert_id")
    public String alertId;
    @Column(name = "last_observed_at")
    public Instant lastObservedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static FilingAvailabilityRow byUrl(String url) {
        return find("documentUrl", url).firstResult();
    }

    /** The report's row changed last (its current withdrawal, or the last one it came back from), or null. */
    public static FilingAvailabilityRow latestOf(Report report) {
        return find("report = ?1 order by case when status = 'withdrawn' then 0 else 1 end, updatedAt desc, id desc",
                report).firstResult();
    }
}
