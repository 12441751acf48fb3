package org.disclosurewatch.store.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.events.DocumentRef;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.JsonColumns;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredFinding;
import org.disclosurewatch.store.persistence.VersionParse;
import org.jboss.logging.Logger;

/**
 * Stores one validated report in one transaction: the body, the report for its year, a new version when
 * the content is new (the same content twice changes nothing), every cell and finding, the alerts, and
 * the checks across the neighbouring years.
 */
@ApplicationScoped
public class ReportIngest {
    private static final Logger LOG = Logger.getLogger(ReportIngest.class);

    private final AlertBook alerts;
    private final CrossFilingService crossFiling;
    private final FilingSummaries summaries;
    private final DeadlineCalendar calendar;
    private final Clock clock;
    private final Counter notReports;

    public ReportIngest(AlertBook alerts, CrossFilingService crossFiling, FilingSummaries summaries,
                        DeadlineCalendar calendar, Clock clock, MeterRegistry registry) {
        this.alerts = alerts;
        this.summaries = summaries;
        this.crossFiling = crossFiling;
        this.calendar = calendar;
        this.clock = clock;
        this.notReports = Counter.builder("dw.store.not.reports")
                .description("documents received that are not annual reports").register(registry);
    }

    /**
     * Stores several reports in one transaction, in order, each as {@link #ingest} would: a later one sees what an
     * earlier one wrote (a body, a filing, a version). The bodies, filings, versions, alerts and neighbouring
     * years the reports need are read for all of them up front ({@link PollContext}); the session is flushed, and
     * the cells and sums written, once at the end.
     *
     * @throws BatchFailure when one report fails: the transaction is rolled back; it says which report failed
     *                      (a failure while writing the poll at the end names none: it is thrown as it is)
     */
    @Transactional
    public List<IngestResult> ingestAll(List<ValidatedReport> reports) {
        List<Incoming> incoming = new ArrayList<>(reports.size());
        List<PollContext.Filing> filings = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try {
                Incoming in = Incoming.of(reports.get(i));
                incoming.add(in);
                if (in.filing() != null) {
                    filings.add(in.filing());
                }
            } catch (RuntimeException e) {
                throw new BatchFailure(i, e);
            }
        }
        PollContext poll = PollContext.prepare(filings, clock.instant());
        List<IngestResult> results = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            try {
                results.add(ingestOne(incoming.get(i), poll));
            } catch (RuntimeException e) {
                throw new BatchFailure(i, e);
            }
        }
        poll.finish();
        return results;
    }

    /** A received report with what it is filed under (null when it is not stored) and its content's SHA-256. */
    private record Incoming(ValidatedReport validated, PollContext.Filing filing, String sha) {
        static Incoming of(ValidatedReport validated) {
            AnnualReport report = validated.report();
            DocumentRef doc = validated.document();
            if (report == null || report.kind() == DocumentKind.NOT_ANNUAL_REPORT || report.year() == null) {
                return new Incoming(validated, null, null);
            }
            String sha = doc != null && doc.sha256() != null && !doc.sha256().isBlank() ? doc.sha256()
                    : FetchedDocument.sha256(Json.write(report));
            return new Incoming(validated, new PollContext.Filing(agencyName(report, doc, sha), report.year()), sha);
        }
    }

    /** A report of a batch failed; its cause is that report's failure (and decides whether to retry). */
    public static final class BatchFailure extends RuntimeException {
        private final int index;

        BatchFailure(int index, RuntimeException cause) {
            super("report " + (index + 1) + " of the batch: " + cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }

        /** The index of the failed report when {@code e} (or a cause of it) is a batch failure, else -1. */
        public static int indexOf(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BatchFailure f) {
                    return f.index;
                }
            }
            return -1;
        }
    }

    /** Stores one report in one transaction. */
    @Transactional
    public IngestResult ingest(ValidatedReport validated) {
        Incoming in = Incoming.of(validated);
        PollContext context = PollContext.prepare(in.filing() == null ? List.of() : List.of(in.filing()), clock.instant());
        IngestResult result = ingestOne(in, context);
        context.finish();
        return result;
    }

    private IngestResult ingestOne(Incoming in, PollContext context) {
        ValidatedReport validated = in.validated();
        AnnualReport report = validated.report();
        DocumentRef doc = validated.document();
        if (report == null) {
            throw new IllegalArgumentException("validated record without a report");
        }
        if (report.kind() == DocumentKind.NOT_ANNUAL_REPORT) {
            notReports.increment();
            LOG.infof("not an annual report, not stored: %s (%s)", report.title(), doc == null ? "-" : doc.sourceUrl());
            return new IngestResult(IngestResult.Outcome.NOT_A_REPORT, null, List.of());
        }
        if (report.year() == null) {
            throw new IllegalArgumentException("report without a year cannot be filed: " + report.title());
        }
        String sha = in.sha();
        boolean[] newAgency = new boolean[1];
        Agency agency = agency(context, in.filing().agency(), report, newAgency);
        Instant now = clock.instant();
        boolean[] created = new boolean[1];
        // created: the poll created the filing and this is its first report (no version, alert or summary yet)
        Report filing = context.report(agency, report.year(), created);
        boolean newReport = created[0];
        if (!newReport && context.hasVersion(filing, sha)) {
            LOG.debugf("duplicate %s %d %s", agency.name, report.year(), sha);
            return new IngestResult(IngestResult.Outcome.DUPLICATE, filing.id, List.of());
        }
        DocumentVersion previous = filing.currentVersion;
        DocumentVersion version = version(context, filing, report, doc, validated, sha, now);
        context.writeCells(version, report);
        context.putTotals(filing.id, RequestAggregates.ofReport(RequestAggregates.ReportCells.of(report)));
        List<Finding> stored = new ArrayList<>(validated.findings());
        for (Finding f : validated.findings()) {
            StoredFinding.of(version, StoredFinding.FROM_VALIDATOR, f).persist();
        }
        filing.currentVersion = version;
        filing.updatedAt = now;

        List<FilingAlert> raised = new ArrayList<>();
        String url = documentUrl(doc);
        Set<String> validatorAlerts = new HashSet<>();
        for (Finding f : validated.findings()) {
            if (f.severity() != null && f.severity().alerts()) {
                String id = AlertBook.alertId(agency.name, filing.year, f);
                validatorAlerts.add(id);
                alerts.raise(context, id, agency, filing.year, filing, StoredFinding.FROM_VALIDATOR, f, url);
            }
        }
        if (previous != null) {
            alerts.resolveOthers(context, agency, filing.year, StoredFinding.FROM_VALIDATOR, null, validatorAlerts);
            Finding revised = StoreRules.revised(sha, previous.sha256, version.versionNo);
            StoredFinding.of(version, StoredFinding.FROM_STORE, revised).persist();
            stored.add(revised);
            alerts.raise(context, AlertBook.revisionAlertId(agency.name, filing.year, sha), agency, filing.year,
                    filing, StoredFinding.FROM_STORE, revised, url).ifPresent(raised::add);
        }
        if (!newAgency[0]) {
            resolveMissing(context, agency, filing, version, validated.findings(), raised, url).ifPresent(stored::add);
        }
        raised.addAll(crossFiling.recheckAround(context, filing, report, newAgency[0],
                new CrossFilingService.Ingested(newReport, stored, version.versionNo)));
        LOG.infof("stored %s %d version %d (%d cells, %d findings)", agency.name, filing.year, version.versionNo,
                report.activeDisclosure().size() + report.requests().size() + report.reviewsAndLitigation().size(),
                validated.findings().size());
        return new IngestResult(newReport ? IngestResult.Outcome.NEW_REPORT : IngestResult.Outcome.NEW_VERSION,
                filing.id, raised);
    }

    /**
     * The name of the filing body; a report that names none (the validator found {@code missing_agency}) is filed
     * under a body named after its document, so it is kept with its findings rather than refused.
     */
    private static String agencyName(AnnualReport report, DocumentRef doc, String sha) {
        return report.agency() == null || report.agency().isBlank()
                ? StoreRules.unnamedAgency(doc == null ? null : documentUrl(doc), sha) : report.agency().trim();
    }

    /** The filing body, with the level and region the report gives it. */
    private Agency agency(PollContext context, String name, AnnualReport report, boolean[] created) {
        Agency agency = context.agency(name, created);
        String level = agency.level;
        String region = agency.region;
        if (report.agencyLevel() != null) {
            agency.level = report.agencyLevel().id();
        }
        if (report.region() != null && !report.region().isBlank()) {
            agency.region = report.region();
        }
        // a body this call created has no report yet whose summary could change
        if (!created[0] && agency.id != null && (!java.util.Objects.equals(level, agency.level)
                || !java.util.Objects.equals(region, agency.region))) {
            // the reports' summaries carry the body's level and region (and a deadline that depends on them)
            for (Report r : context.filingsOf(agency)) {
                summaries.refresh(r);
            }
        }
        return agency;
    }

    private DocumentVersion version(IngestContext context, Report filing, AnnualReport report, DocumentRef doc,
                                    ValidatedReport validated, String sha, Instant now) {
        Integer last = filing.currentVersion == null ? null : context.lastVersionNo(filing);
        DocumentVersion v = new DocumentVersion();
        v.report = filing;
        v.versionNo = last == null ? 1 : last + 1;
        v.sha256 = sha;
        if (doc != null) {
            v.sourceUrl = doc.sourceUrl();
            v.canonicalUrl = doc.canonicalUrl();
            v.portalId = doc.portalId();
            v.contentType = doc.contentType();
            v.sizeBytes = doc.sizeBytes();
            v.publishedOn = doc.publishedOn();
            v.fetchedAt = doc.fetchedAt();
        }
        v.title = report.title();
        v.format = report.format() == null ? null : report.format().id();
        v.level = report.agencyLevel() == null ? null : report.agencyLevel().id();
        v.region = report.region();
        v.signedOn = report.signedOn();
        v.parsedAt = validated.parsedAt();
        v.parserVersion = validated.parserVersion();
        v.validatedAt = validated.validatedAt();
        v.storedAt = now;
        v.narrativeJson = JsonColumns.write(report.narrative());
        v.provenanceJson = JsonColumns.write(report.provenance());
        v.diagnosticsJson = JsonColumns.write(report.diagnostics());
        v.persist();
        context.versionAdded(v);
        VersionParse.first(v).persist();
        return v;
    }

    /** A report arriving for a year flagged missing resolves that alert, and is late when after the deadline. */
    private java.util.Optional<Finding> resolveMissing(IngestContext context, Agency agency, Report filing,
                                                       DocumentVersion version, List<Finding> findings,
                                                       List<FilingAlert> raised, String url) {
        List<StoredAlert> missing = context.openAlerts(agency, filing.year, null,
                List.of(StoreRules.KIND_MISSING.id()), null);
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (StoredAlert a : missing) {
            a.resolvedAt = clock.instant();
            a.report = filing;
        }
        boolean validatorSaidLate = findings.stream().anyMatch(f -> StoreRules.KIND_LATE.id().equals(f.kind()));
        if (validatorSaidLate) {
            return java.util.Optional.empty();
        }
        LocalDate deadline = calendar.deadline(StoreSettings.level(agency.level), agency.region, filing.year)
                .orElse(null);
        if (deadline == null) {
            return java.util.Optional.empty();
        }
        LocalDate published = version.publishedOn != null ? version.publishedOn
                : LocalDate.ofInstant(version.fetchedAt != null ? version.fetchedAt : version.storedAt, clock.getZone());
        if (published.isAfter(deadline)) {
            Finding late = StoreRules.late(published, deadline);
            StoredFinding.of(version, StoredFinding.FROM_STORE, late).persist();
            alerts.raise(context, AlertBook.alertId(agency.name, filing.year, late), agency, filing.year, filing,
                    StoredFinding.FROM_STORE, late, url).ifPresent(raised::add);
            return java.util.Optional.of(late);
        }
        return java.util.Optional.empty();
    }

    static String documentUrl(DocumentRef doc) {
        if (doc == null) {
            return null;
        }
        return doc.canonicalUrl() != null ? doc.canonicalUrl() : doc.sourceUrl();
    }

}
