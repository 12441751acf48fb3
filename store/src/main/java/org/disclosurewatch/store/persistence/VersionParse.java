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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One parse of a version (table {@code version_parse}, V5): the first when it was stored, then one per re-read.
 * The version's cells and findings (tables {@code cell}, {@code finding}) are those of its latest parse; a parse
 * whose reading was replaced keeps it in {@link #cellsJson} and {@link #findingsJson}.
 */
@Entity
@Table(name = "version_parse")
public class VersionParse extends PanacheEntityBase {
    public static final String FIRST = "first";
    public static final String CHANGED = "changed";
    public static final String CONFIRMED = "confirmed";
    /** A re-read that today's parser does not take for an annual report: the stored reading stands. */
    public static final String NOT_A_REPORT = "not_a_report";

    @Id
    @SequenceGenerator(name = "version_parse_ids", sequenceName = "version_parse_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "version_parse_ids")
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public DocumentVersion version;
    @Column(name = "parse_no")
    public int parseNo;
    public String outcome;
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "parsed_at")
    public Instant parsedAt;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "reparse_run_id")
    public Long reparseRunId;
    @Column(name = "differences_json")
    public String differencesJson;
    @Column(name = "cells_json")
    public String cellsJson;
    @Column(name = "findings_json")
    public String findingsJson;

    public static List<VersionParse> ofVersion(DocumentVersion version) {
        return list("version = ?1 order by parseNo", version);
    }

    /** The first parse of a version just stored from a fetch. */
    public static VersionParse first(DocumentVersion v) {
        VersionParse p = new VersionParse();
        p.version = v;
        p.parseNo = 1;
        p.outcome = FIRST;
        p.parserVersion = v.parserVersion;
        p.parsedAt = v.parsedAt;
        p.validatedAt = v.validatedAt;
        p.storedAt = v.storedAt;
        return p;
    }
}
