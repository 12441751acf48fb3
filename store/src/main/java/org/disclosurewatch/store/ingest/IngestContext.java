package org.disclosurewatch.store.ingest;

import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.store.domain.RequestAggregates.ReportTotals;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;

/**
 * What storing reports reads and writes besides the entities it changes: filings, versions, alerts and stored
 * cells, and the rows written in bulk (cells, sums). {@link #direct()} asks the database each time and writes at
 * once (a re-read, a check, an availability change); {@link PollContext} reads what a whole poll needs up front
 * and writes its cells and sums together at the end. Used inside a transaction.
 */
public interface IngestContext {

    /** The filing of {@code agency} for {@code year} as stored so far, or null. */
    Report filing(Agency agency, int year);

    /** Every filing of {@code agency} stored so far. */
    List<Report> filingsOf(Agency agency);

    /** Whether {@code filing} has a version with this content. */
    boolean hasVersion(Report filing, String sha256);

    /** The highest version number of {@code filing}, or null when it has none. */
    Integer lastVersionNo(Report filing);

    /** A version just persisted for its filing. */
    void versionAdded(DocumentVersion version);

    /** Findings were just persisted on {@code version} (not yet flushed). */
    void findingsAdded(DocumentVersion version);

    /**
     * Whether this transaction may hold rows of {@code version} (the version itself, its findings) not yet
     * flushed: a query about them must flush first. The direct context always says yes.
     */
    boolean unflushed(DocumentVersion version);

    /** A stored version read back into the form's record. */
    AnnualReport stored(DocumentVersion version);

    /**
     * The alert with this id (open or resolved), or null; {@code agency} and {@code year}: the body and year the
     * id was made for.
     */
    StoredAlert alert(String alertId, Agency agency, Integer year);

    /** An alert just persisted. */
    void alertAdded(StoredAlert alert);

    /** The open alerts of a body for a year (year null: those without a year). */
    List<StoredAlert> openAlerts(Agency agency, Integer year);

    /** Writes the cells of a new version (persisted) of {@code report}. */
    void writeCells(DocumentVersion version, AnnualReport report);

    /** Replaces the sums of a filing. */
    void putTotals(long reportId, ReportTotals totals);

    /** Writes what was held back; called once, before the transaction commits. */
    void finish();

    /** Reads from the database on each call and writes at once. */
    static IngestContext direct() {
        return DirectContext.INSTANCE;
    }
}
