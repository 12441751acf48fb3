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
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;

/** One finding on one version, received from the validator or computed by the store. */
@Entity
@Table(name = "finding")
public class StoredFinding extends PanacheEntityBase {
    public static final String FROM_VALIDATOR = "validator";
    public static final String FROM_STORE = "store";

    @Id
    @SequenceGenerator(name = "finding_ids", sequenceName = "finding_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_ids")
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public DocumentVersion version;
    public String origin;
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "rule_version")
    public int ruleVersion;
    public String kind;
    public String severity;
    public String cell;
    @Column(name = "cells_json")
    public String cellsJson;
    public String observed;
    public String expected;
    public String message;

    public static StoredFinding of(DocumentVersion version, String origin, Finding f) {
        StoredFinding s = new StoredFinding();
        s.version = version;
        s.origin = origin;
        s.ruleId = f.ruleId();
        s.ruleVersion = f.ruleVersion();
        s.kind = f.kind();
        s.severity = f.severity() == null ? Severity.INFO.id() : f.severity().id();
        s.cell = f.cell();
        s.cellsJson = JsonColumns.write(f.cells());
        s.observed = f.observed();
        s.expected = f.expected();
        s.message = f.message();
        return s;
    }

    public Finding toFinding() {
        return new Finding(ruleId, ruleVersion, kind, Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)), cell,
                JsonColumns.readList(cellsJson), observed, expected, message);
    }

    public static List<StoredFinding> ofVersion(DocumentVersion version) {
        return list("version = ?1 order by id", version);
    }
}
