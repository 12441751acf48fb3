package org.disclosurewatch.store.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.store.api.ApiViews.AlertView;
import org.disclosurewatch.store.api.ApiViews.CellView;
import org.disclosurewatch.store.api.ApiViews.FindingView;
import org.disclosurewatch.store.api.ApiViews.ReportDetail;
import org.disclosurewatch.store.api.ApiViews.ReportSummary;
import org.disclosurewatch.store.api.ApiViews.VersionView;
import org.disclosurewatch.store.domain.CellsCsv;
import org.disclosurewatch.store.domain.FilingStatus;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.JsonColumns;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.ReportTotalsTable;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredCell;
import org.disclosurewatch.store.persistence.StoredFinding;
import org.disclosurewatch.store.originals.OriginalStore;

/** Read-only queries behind the API and the dashboard. */
@ApplicationScoped
public class ReportQueries {
    private final OriginalStore originals;

    public ReportQueries(OriginalStore originals) {
        this.originals = originals;
    }

    /** The API path of a version's original. */
    public static String originalPath(long reportId, int versionNo) {
        return "/api/reports/" + reportId + "/versions/" + versionNo + "/original";
    }

    /** Every parse of a version, first to last; with {@code readings}, the readings later parses replaced. */
    public static List<ApiViews.ParseView> parses(DocumentVersion v, boolean readings) {
        return org.disclosurewatch.store.persistence.VersionParse.ofVersion(v).stream()
                .map(p -> new ApiViews.ParseView(p.parseNo, p.outcome, p.parserVersion, p.parsedAt, p.storedAt,
                        p.reparseRunId, JsonColumns.read(p.differencesJson,
                                new com.fasterxml.jackson.core.type.TypeReference<org.disclosurewatch.store.domain.ParseDiff>() { }),
                        readings ? JsonColumns.read(p.cellsJson,
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { }) : null,
                        readings ? JsonColumns.read(p.findingsJson,
                                new com.fasterxml.jackson.core.type.TypeReference<List<org.disclosurewatch.contracts.events.Finding>>() { }) : null))
                .toList();
    }

    /** A report's version by number, or null. */
    @Transactional
    public DocumentVersion version(long reportId, int versionNo) {
        return DocumentVersion.find("report.id = ?1 and versionNo = ?2", reportId, versionNo).firstResult();
    }
    /** One page of the reports matching the filters (each may be null), newest year first, then by body. */
    @Transactional
    public Page<ReportSummary> reports(String region, String agency, Integer year, FilingStatus status, int page,
                                       int size) {
        QueryFilter filter = new QueryFilter().report(region, agency, year, status == null ? null : status.id());
        long total = Report.count(filter.where(), filter.params());
        Page.Request r = Page.Request.of(page, size);
        // the page's ids first, read from the listing indexes alone; a page in the back half is read backwards
        // from the end (the same index scanned the other way), so no page skips more than half of the rows
        Page.Window w = r.window(total);
        List<Long> ids = new ArrayList<>(Report.find("select id from Report where "
                        + filter.query(w.fromEnd() ? "year asc, agencyName desc, id desc" : "year desc, agencyName, id"),
                filter.params()).project(Long.class).range(w.skip(), w.skip() + w.limit() - 1).list());
        if (w.fromEnd()) {
            java.util.Collections.reverse(ids);
        }
        Map<Long, Report> rows = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Report report : Report.<Report>list("id in ?1", ids)) {
                rows.put(report.id, report);
            }
        }
        return new Page<>(ids.stream().map(rows::get).filter(java.util.Objects::nonNull).map(ReportQueries::summary)
                .toList(), r.page(), r.size(), total);
    }

    /** The summary a report carries (kept at ingest and on each recheck). */
    public static ReportSummary summary(Report r) {
        return new ReportSummary(r.id, r.agencyName, r.level, r.region, r.year,
                r.status == null ? null : FilingStatus.of(r.status), r.title, r.format, r.versions, r.findings,
                r.publishedOn, r.fetchedAt, r.sourceUrl, r.deadline == null ? null : r.deadline.toString());
    }

    /** Everything about a report, or null when there is no such report. */
    @Transactional
    public ReportDetail detail(long id) {
        Report r = Report.findById(id);
        if (r == null) {
            return null;
        }
        DocumentVersion current = r.currentVersion;
        List<CellView> cells = current == null ? List.of()
                : StoredCell.ofVersion(current).stream().map(c -> new CellView(c.path(), c.value(), c.kind())).toList();
        List<FindingView> findings = current == null ? List.of()
                : StoredFinding.ofVersion(current).stream().map(ReportQueries::view).toList();
        List<VersionView> versions = new ArrayList<>();
        LinkedHashSet<String> links = new LinkedHashSet<>();
        for (DocumentVersion v : DocumentVersion.ofReport(r)) {
            versions.add(new VersionView(v.id, v.versionNo, v.sha256, current != null && v.id.equals(current.id),
                    v.sourceUrl, v.canonicalUrl, v.publishedOn, v.fetchedAt, v.storedAt, v.title,
                    v.sha256 != null && originals.contains(v.sha256) ? originalPath(r.id, v.versionNo) : null,
                    v.parserVersion, v.parsedAt, parses(v, false)));
            if (v.canonicalUrl != null) {
                links.add(v.canonicalUrl);
            }
            if (v.sourceUrl != null) {
                links.add(v.sourceUrl);
            }
        }
        return new ReportDetail(summary(r), cells, findings, versions, List.copyOf(links),
                current == null ? Map.of() : JsonColumns.readMap(current.narrativeJson),
                current == null ? List.of() : JsonColumns.readList(current.diagnosticsJson), availability(r));
    }

    /** Whether the report's page is on its portal, or null when it was never found gone. */
    private static ApiViews.AvailabilityView availability(Report r) {
        org.disclosurewatch.store.persistence.FilingAvailabilityRow a =
                org.disclosurewatch.store.persistence.FilingAvailabilityRow.latestOf(r);
        if (a == null) {
            return null;
        }
        return new ApiViews.AvailabilityView(a.status,
                org.disclosurewatch.store.persistence.FilingAvailabilityRow.WITHDRAWN.equals(a.status), a.documentUrl,
                a.portalId, a.listingUrl, a.reason, a.goneSince, a.withdrawnAt, a.restoredAt, a.alertId);
    }

    /** The current version's findings, as the contract's record. */
    @Transactional
    public List<Finding> findings(long reportId) {
        Report r = Report.findById(reportId);
        if (r == null || r.currentVersion == null) {
            return List.of();
        }
        return StoredFinding.ofVersion(r.currentVersion).stream().map(StoredFinding::toFinding).toList();
    }

    /** The current version's cells by path, in stored order (null value = blank). */
    @Transactional
    public Map<String, BigDecimal> cellValues(long reportId) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Report r = Report.findById(reportId);
        if (r != null && r.currentVersion != null) {
            for (StoredCell c : StoredCell.ofVersion(r.currentVersion)) {
                out.put(c.path(), c.value());
            }
        }
        return out;
    }

    /** The current version's cells as CSV, or null when there is no such report. */
    @Transactional
    public String cellsCsv(long reportId) {
        Report r = Report.findById(reportId);
        if (r == null) {
            return null;
        }
        Map<String, CellsCsv.Cell> cells = new LinkedHashMap<>();
        if (r.currentVersion != null) {
            for (StoredCell c : StoredCell.ofVersion(r.currentVersion)) {
                cells.put(c.path(), new CellsCsv.Cell(c.value(), c.kind()));
            }
        }
        return CellsCsv.write(cells);
    }

    /** Per-year sums over the reports of a region (all regions when null), optionally of one year. */
    @Transactional
    public List<RequestAggregates.YearTotals> aggregates(String region, Integer year) {
        return ReportTotalsTable.byYear(region, year);
    }

    /** The newest open alerts (the dashboard's feed), of a region when given; no count. */
    @Transactional
    public List<AlertView> openAlerts(String region, int limit) {
        QueryFilter filter = new QueryFilter().filing(region, null, null).flag(true, "resolvedAt is null", null);
        return StoredAlert.<StoredAlert>find(filter.query("raisedAt desc, id desc"), filter.params())
                .range(0, Math.max(0, limit - 1)).list().stream().map(ReportQueries::view).toList();
    }

    /** One page of the alerts matching the filters (each may be null), newest first. */
    @Transactional
    public Page<AlertView> alerts(String region, String agency, Integer year, String kind, String origin, Boolean open,
                                  Boolean acknowledged, int page, int size) {
        QueryFilter filter = new QueryFilter().filing(region, agency, year)
                .equal("kind", "kind", kind)
                .equal("origin", "origin", origin)
                .flag(open, "resolvedAt is null", "resolvedAt is not null")
                .flag(acknowledged, "acknowledgedAt is not null", "acknowledgedAt is null");
        long total = StoredAlert.count(filter.where(), filter.params());
        return Page.of(StoredAlert.<StoredAlert>find(filter.query("raisedAt desc, id desc"), filter.params()), total,
                Page.Request.of(page, size), ReportQueries::view);
    }

    public static AlertView view(StoredAlert a) {
        return new AlertView(a.alertId, a.agency.name, a.agency.region, a.year, a.report == null ? null : a.report.id,
                a.origin, a.ruleId, a.kind, a.severity, a.cell, a.observed, a.expected, a.message, a.documentUrl,
                a.raisedAt, a.sentAt, a.resolvedAt, a.acknowledgedAt, a.acknowledgedBy, FilingAlert.type(a.kind));
    }

    static FindingView view(StoredFinding f) {
        return new FindingView(f.origin, f.ruleId, f.ruleVersion, f.kind, f.severity, f.cell,
                JsonColumns.readList(f.cellsJson), f.observed, f.expected, f.message);
    }
}
