package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert about a filing, kept with when it was raised, resolved and acknowledged. */
@Entity
@Table(name = "alert")
public class StoredAlert extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "alert_ids", sequenceName = "alert_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_ids")
    public Long id;
    @Column(name = "alert_id")
    public String alertId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    public Integer year;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    public Report report;
    public String origin;
    @Column(name = "rule_id")
    public String ruleId;
    public String kind;
    public String severity;
    public String cell;
    public String observed;
    public String expected;
    public String message;
    @Column(name = "document_url")
    public String documentUrl;
    @Column(name = "raised_at")
    public Instant raisedAt;
    /** When the broker acknowledged the CloudEvent of one of the store's own alerts; null until then. */
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public static StoredAlert byAlertId(String alertId) {
        return find("alertId", alertId).firstResult();
    }
}
