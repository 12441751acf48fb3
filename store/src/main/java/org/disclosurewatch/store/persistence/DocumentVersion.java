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
import java.time.LocalDate;
import java.util.List;

/** One document received for a report, identified by the SHA-256 of its content. */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "document_version_ids", sequenceName = "document_version_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_ids")
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;
    @Column(name = "version_no")
    public int versionNo;
    public String sha256;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    @Column(name = "portal_id")
    public String portalId;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    public String title;
    public String format;
    public String level;
    public String region;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @Column(name = "parsed_at")
    public Instant parsedAt;
    /** The version of the parser of its latest reading; null when stored before versions were recorded. */
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "narrative_json")
    public String narrativeJson;
    @Column(name = "provenance_json")
    public String provenanceJson;
    @Column(name = "diagnostics_json")
    public String diagnosticsJson;

    public static List<DocumentVersion> ofReport(Report report) {
        return list("report = ?1 order by versionNo", report);
    }
}
