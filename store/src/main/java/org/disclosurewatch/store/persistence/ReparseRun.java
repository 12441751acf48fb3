package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reparse run (table {@code reparse_run}, V5): its filters, and counters the re-reads advance. */
@Entity
@Table(name = "reparse_run")
public class ReparseRun extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "parser_older_than")
    public String parserOlderThan;
    public String region;
    @Column(name = "dry_run")
    public boolean dryRun;
    @Column(name = "rate_per_second")
    public double ratePerSecond;
    public int selected;
    /** Versions the filters matched that cannot be re-read: the store holds no original of them. */
    @Column(name = "without_original")
    public int withoutOriginal;
    public int sent;
    public int reread;
    public int changed;
    @Column(name = "findings_added")
    public int findingsAdded;
    @Column(name = "findings_gone")
    public int findingsGone;
    @Column(name = "sending_done_at")
    public Instant sendingDoneAt;
}
