package org.disclosurewatch.store.ingest;

import java.math.BigDecimal;
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
    /** Parsed paths: the same few hundred form paths come back with every version. */
    private static final java.util.concurrent.ConcurrentHashMap<String, CellPath> PATHS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PATHS = 10_000;

    private StoredReports() {
    }

    /** The version as stored (one query for its cells). */
    public static AnnualReport load(DocumentVersion v) {
        return of(v, StoredCell.ofVersion(v));
    }

    /** The version with the given stored cells. */
    public static AnnualReport of(DocumentVersion v, List<StoredCell> cells) {
        Cells active = new Cells();
        Cells requests = new Cells();
        Cells reviews = new Cells();
        for (StoredCell c : cells) {
            put(c.path(), c.value(), active, requests, reviews);
        }
        return report(v, active, requests, reviews);
    }

    /** The version with the given cells by path (null = blank), as {@link #load} would read them once stored. */
    public static AnnualReport of(DocumentVersion v, Map<String, BigDecimal> cells) {
        Cells active = new Cells();
        Cells requests = new Cells();
        Cells reviews = new Cells();
        cells.forEach((path, value) -> put(path, value, active, requests, reviews));
        return report(v, active, requests, reviews);
    }

    private static void put(String path, BigDecimal value, Cells active, Cells requests, Cells reviews) {
        CellPath p = PATHS.get(path);
        if (p == null) {
            try {
                p = CellPath.parse(path);
            } catch (IllegalArgumentException e) {
                return;
            }
            if (PATHS.size() < MAX_PATHS) {
                PATHS.put(path, p);
            }
        }
        Cells target = switch (p.section()) {
            case ACTIVE_DISCLOSURE -> active;
            case REQUESTS -> requests;
            case REVIEWS_AND_LITIGATION -> reviews;
        };
        target.put(p.row(), p.column(), value);
    }

    private static AnnualReport report(DocumentVersion v, Cells active, Cells requests, Cells reviews) {
        Map<String, String> narrative = JsonColumns.readMap(v.narrativeJson);
        List<String> diagnostics = new ArrayList<>(JsonColumns.readList(v.diagnosticsJson));
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, v.title, v.report.agency.name,
                StoreSettings.level(v.level), v.region, v.report.year,
                v.format == null ? null : ReportFormat.of(v.format), v.signedOn, active, requests, reviews,
                narrative, Map.of(), diagnostics);
    }
}
