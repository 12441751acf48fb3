package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.JsonColumns;
import org.disclosurewatch.store.persistence.StoredCell;

/** Reads a stored version back into the form's record, for the checks across filings. */
public final class StoredReports {
    private StoredReports() {
    }

    public static AnnualReport load(DocumentVersion v) {
        Cells active = new Cells();
        Cells requests = new Cells();
        Cells reviews = new Cells();
        // a typed query of the entity manager: its plan is cached, where Panache's project() rewrites the HQL each call
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select c.path, c.value from StoredCell c where c.version = ?1", Object[].class)
                .setParameter(1, v).getResultList();
        for (Object[] c : rows) {
            CellPath p;
            try {
                p = CellPath.parse((String) c[0]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Cells target = switch (p.section()) {
                case ACTIVE_DISCLOSURE -> active;
                case REQUESTS -> requests;
                case REVIEWS_AND_LITIGATION -> reviews;
            };
            target.put(p.row(), p.column(), (java.math.BigDecimal) c[1]);
        }
        Map<String, String> narrative = JsonColumns.readMap(v.narrativeJson);
        List<String> diagnostics = new ArrayList<>(JsonColumns.readList(v.diagnosticsJson));
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, v.title, v.report.agency.name,
                StoreSettings.level(v.level), v.region, v.report.year,
                v.format == null ? null : ReportFormat.of(v.format), v.signedOn, active, requests, reviews,
                narrative, Map.of(), diagnostics);
    }
}
