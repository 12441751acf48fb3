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
import java.util.List;

/** A body's report for one year; its versions are kept in {@link DocumentVersion}. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "report_ids", sequenceName = "report_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_ids")
    public Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    public int year;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    public DocumentVersion currentVersion;
    @Column(name = "first_stored_at")
    public Instant firstStoredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    // the summary the lists show, kept by FilingSummaries at ingest and on every recheck
    @Column(name = "agency_name")
    public String agencyName;
    public String level;
    public String region;
    /** {@link org.disclosurewatch.store.domain.FilingStatus#id()}. */
    public String status;
    public java.time.LocalDate deadline;
    public String title;
    public String format;
    @Column(name = "published_on")
    public java.time.LocalDate publishedOn;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @Column(name = "source_url")
    public String sourceUrl;
    public int versions;
    public int findings;

    public static Report of(Agency agency, int year) {
        return find("agency = ?1 and year = ?2", agency, year).firstResult();
    }

    public static List<Report> ofAgency(Agency agency) {
        return list("agency = ?1 order by year", agency);
    }
}
