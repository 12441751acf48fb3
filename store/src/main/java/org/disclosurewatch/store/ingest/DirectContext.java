package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.store.domain.RequestAggregates.ReportTotals;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.CellWriter;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.ReportTotalsTable;
import org.disclosurewatch.store.persistence.StoredAlert;

/** {@link IngestContext} that asks the database each time and writes at once. */
final class DirectContext implements IngestContext {
    static final DirectContext INSTANCE = new DirectContext();

    private DirectContext() {
    }

    @Override
    public Report filing(Agency agency, int year) {
        return Report.of(agency, year);
    }

    @Override
    public List<Report> filingsOf(Agency agency) {
        return Report.ofAgency(agency);
    }

    @Override
    public boolean hasVersion(Report filing, String sha256) {
        return DocumentVersion.count("report = ?1 and sha256 = ?2", filing, sha256) > 0;
    }

    @Override
    public Integer lastVersionNo(Report filing) {
        return DocumentVersion.find("select max(v.versionNo) from DocumentVersion v where v.report = ?1", filing)
                .project(Integer.class).firstResult();
    }

    @Override
    public void versionAdded(DocumentVersion version) {
    }

    @Override
    public AnnualReport stored(DocumentVersion version) {
        return StoredReports.load(version);
    }

    @Override
    public StoredAlert alert(String alertId, Agency agency, Integer year) {
        return StoredAlert.byAlertId(alertId);
    }

    @Override
    public void alertAdded(StoredAlert alert) {
    }

    @Override
    public void findingsAdded(DocumentVersion version) {
    }

    @Override
    public boolean unflushed(DocumentVersion version) {
        return true;
    }

    @Override
    public List<StoredAlert> openAlerts(Agency agency, Integer year, String origin, Collection<String> kinds,
                                        Set<String> except) {
        List<StoredAlert> open = year == null
                ? StoredAlert.<StoredAlert>list("agency = ?1 and year is null and resolvedAt is null", agency)
                : StoredAlert.<StoredAlert>list("agency = ?1 and year = ?2 and resolvedAt is null", agency, year);
        return open.stream().filter(a -> IngestContext.matches(a.origin, a.kind, a.alertId, origin, kinds, except))
                .toList();
    }

    @Override
    public void writeCells(DocumentVersion version, AnnualReport report) {
        Panache.getEntityManager().flush();
        CellWriter.writeAll(List.of(CellWriter.of(version.id, report)));
    }

    @Override
    public void putTotals(long reportId, ReportTotals totals) {
        ReportTotalsTable.put(reportId, totals);
    }

    @Override
    public void finish() {
    }
}
