package org.disclosurewatch.store.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Set;
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

    /** Whether the alert with this id is stored and open (what most raises of a known alert find). */
    default boolean alertOpen(String alertId, Agency agency, Integer year) {
        StoredAlert a = alert(alertId, agency, year);
        return a != null && a.resolvedAt == null;
    }

    /**
     * The open alerts of a body for a year (year null: those without a year) with this origin (null: any), of
     * one of these kinds (null: any), whose id is not in {@code except}: the ones a caller is about to resolve.
     */
    List<StoredAlert> openAlerts(Agency agency, Integer year, String origin, Collection<String> kinds, Set<String> except);

    /** Writes the cells of a new version (persisted) of {@code report}. */
    void writeCells(DocumentVersion version, AnnualReport report);

    /** Replaces the sums of a filing. */
    void putTotals(long reportId, ReportTotals totals);

    /** Writes what was held back; called once, before the transaction commits. */
    void finish();

    /** Whether an alert's origin, kind and id pass the filters of {@link #openAlerts}. */
    static boolean matches(String alertOrigin, String alertKind, String alertId, String origin,
                           Collection<String> kinds, Set<String> except) {
        return (origin == null || origin.equals(alertOrigin)) && (kinds == null || kinds.contains(alertKind))
                && (except == null || !except.contains(alertId));
    }

    /** Reads from the database on each call and writes at once. */
    static IngestContext direct() {
        return DirectContext.INSTANCE;
    }
}
