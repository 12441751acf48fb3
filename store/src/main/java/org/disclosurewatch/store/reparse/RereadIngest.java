package org.disclosurewatch.store.reparse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Reread;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.store.domain.ParseDiff;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.ingest.AlertBook;
import org.disclosurewatch.store.ingest.CrossFilingService;
import org.disclosurewatch.store.persistence.CellWriter;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.JsonColumns;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.ReportTotalsTable;
import org.disclosurewatch.store.persistence.ReparseRun;
import org.disclosurewatch.store.persistence.StoredCell;
import org.disclosurewatch.store.persistence.StoredFinding;
import org.disclosurewatch.store.persistence.VersionParse;
import org.jboss.logging.Logger;

/**
 * Stores a re-read of a stored version in one transaction. Its reading (cells and the validator's findings) is
 * compared with the version's current one ({@link ParseDiff}): when anything differs, the re-read becomes the
 * version's reading (cells and validator findings replaced, the old reading kept on its parse, the differences
 * recorded) and, for the filing's current version, its alerts, totals and checks across filings follow; when
 * nothing differs it is recorded as confirmed. Either way the version records the re-reading parser and the
 * run's counters advance. A re-read of a version that run already recorded changes nothing. A re-read that today's
 * parser no longer takes for an annual report is recorded ({@code not_a_report}) but leaves the stored reading
 * and the version's parser as they were.
 */
@ApplicationScoped
public class RereadIngest {
    private static final Logger LOG = Logger.getLogger(RereadIngest.class);

    private final AlertBook alerts;
    private final CrossFilingService crossFiling;
    private final Clock clock;

    public RereadIngest(AlertBook alerts, CrossFilingService crossFiling, Clock clock) {
        this.alerts = alerts;
        this.crossFiling = crossFiling;
        this.clock = clock;
    }

    /** What a re-read did: its outcome, the differences, and the store's alerts to send (marked as re-read). */
    public record Result(String outcome, ParseDiff diff, List<FilingAlert> alerts) {
        static Result skipped(String why) {
            return new Result(why, null, List.of());
        }
    }

    @Transactional
    public Result ingest(ValidatedReport validated) {
        Reread reread = validated.reread();
        DocumentVersion version = DocumentVersion.findById(reread.versionId());
        if (version == null) {
            LOG.warnf("re-read of version %d, which is not stored: ignored", reread.versionId());
            return Result.skipped("unknown-version");
        }
        if (validated.document() != null && validated.document().sha256() != null
                && !validated.document().sha256().equalsIgnoreCase(version.sha256)) {
            LOG.warnf("re-read of version %d carries document %s, not the version's %s: ignored", version.id,
                    validated.document().sha256(), version.sha256);
            return Result.skipped("other-document");
        }
        if (VersionParse.count("version = ?1 and reparseRunId = ?2", version, reread.runId()) > 0) {
            LOG.debugf("re-read of version %s in run %s already recorded", String.valueOf(version.id), String.valueOf(reread.runId()));
            return Result.skipped("duplicate");
        }
        AnnualReport report = validated.report();
        Instant now = clock.instant();
        if (report == null || report.kind() == DocumentKind.NOT_ANNUAL_REPORT) {
            // today's parser does not take it for an annual report: recorded, but the stored reading stands
            VersionParse parse = newParse(version, validated, reread, now);
            parse.outcome = VersionParse.NOT_A_REPORT;
            parse.persist();
            count(reread.runId(), new ParseDiff(List.of(), List.of(), List.of()));
            LOG.warnf("re-read version %s: not read as an annual report any more; its stored reading stands",
                    String.valueOf(version.id));
            return new Result(parse.outcome, null, List.of());
        }
        List<Finding> newFindings = validated.findings();
        ParseDiff.Reading before = storedReading(version);
        ParseDiff.Reading after = new ParseDiff.Reading(CellWriter.values(report), newFindings);
        ParseDiff diff = ParseDiff.between(before, after);

        List<VersionParse> parses = VersionParse.ofVersion(version);
        VersionParse parse = newParse(version, validated, reread, now);
        List<FilingAlert> raised = new ArrayList<>();
        if (diff.changed()) {
            parse.outcome = VersionParse.CHANGED;
            parse.differencesJson = JsonColumns.write(diff);
            keepReplacedReading(parses, before);
            replaceReading(version, report, newFindings);
            raised.addAll(followOnCurrentVersion(version, report, newFindings));
        } else {
            parse.outcome = VersionParse.CONFIRMED;
        }
        parse.persist();
        version.parserVersion = validated.parserVersion();
        version.parsedAt = validated.parsedAt();
        version.validatedAt = validated.validatedAt();
        count(reread.runId(), diff);
        LOG.infof("re-read version %d (%s %s): %s, %d cells differ, %d findings added, %d gone", version.id,
                version.report.agency.name, version.report.year, parse.outcome, diff.cells().size(),
                diff.added().size(), diff.gone().size());
        return new Result(parse.outcome, diff, raised);
    }

    private static VersionParse newParse(DocumentVersion version, ValidatedReport validated, Reread reread,
                                         Instant now) {
        VersionParse parse = new VersionParse();
        parse.version = version;
        Integer last = VersionParse.find("select max(p.parseNo) from VersionParse p where p.version = ?1", version)
                .project(Integer.class).firstResult();
        parse.parseNo = last == null ? 1 : last + 1;
        parse.parserVersion = validated.parserVersion();
        parse.parsedAt = validated.parsedAt();
        parse.validatedAt = validated.validatedAt();
        parse.storedAt = now;
        parse.reparseRunId = reread.runId();
        return parse;
    }

    /** The version's reading as stored: its cells and the validator's findings. */
    static ParseDiff.Reading storedReading(DocumentVersion version) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (StoredCell c : StoredCell.ofVersion(version)) {
            cells.put(c.path(), c.value());
        }
        List<Finding> findings = StoredFinding.<StoredFinding>list("version = ?1 and origin = ?2 order by id", version,
                StoredFinding.FROM_VALIDATOR).stream().map(StoredFinding::toFinding).toList();
        return new ParseDiff.Reading(cells, findings);
    }

    /** The parses that read what is being replaced keep it, so no reading is lost. */
    private static void keepReplacedReading(List<VersionParse> parses, ParseDiff.Reading replaced) {
        Map<String, String> cells = new LinkedHashMap<>();
        replaced.cells().forEach((path, v) -> cells.put(path, v == null ? null : v.toPlainString()));
        String cellsJson = JsonColumns.write(cells);
        String findingsJson = JsonColumns.write(replaced.findings());
        for (VersionParse p : parses) {
            if (p.cellsJson == null && !VersionParse.NOT_A_REPORT.equals(p.outcome)) {
                p.cellsJson = cellsJson;
                p.findingsJson = findingsJson;
            }
        }
    }

    private static void replaceReading(DocumentVersion version, AnnualReport report, List<Finding> findings) {
        StoredFinding.delete("version = ?1 and origin = ?2", version, StoredFinding.FROM_VALIDATOR);
        CellWriter.replace(version, report);
        for (Finding f : findings) {
            StoredFinding.of(version, StoredFinding.FROM_VALIDATOR, f).persist();
        }
        version.narrativeJson = JsonColumns.write(report.narrative());
        version.provenanceJson = JsonColumns.write(report.provenance());
        version.diagnosticsJson = JsonColumns.write(report.diagnostics());
    }

    /**
     * When the re-read version is its filing's current one, the filing's validator alerts follow the new
     * findings (new ones booked, gone ones resolved; the validator already sent its own), and its totals and
     * the checks across filings are redone; returns the store's alerts to send.
     */
    private List<FilingAlert> followOnCurrentVersion(DocumentVersion version, AnnualReport report,
                                                     List<Finding> findings) {
        Report filing = version.report;
        if (filing.currentVersion == null || !filing.currentVersion.id.equals(version.id)) {
            return List.of();
        }
        String url = version.canonicalUrl != null ? version.canonicalUrl : version.sourceUrl;
        Set<String> keep = new HashSet<>();
        for (Finding f : findings) {
            if (f.severity() != null && f.severity().alerts()) {
                String id = AlertBook.alertId(filing.agency.name, filing.year, f);
                keep.add(id);
                alerts.raise(id, filing.agency, filing.year, filing, StoredFinding.FROM_VALIDATOR, f, url);
            }
        }
        alerts.resolveOthers(filing.agency, filing.year, StoredFinding.FROM_VALIDATOR, keep);
        ReportTotalsTable.put(filing.id, RequestAggregates.ofReport(RequestAggregates.ReportCells.of(report)));
        return crossFiling.recheckAround(filing, report, null);
    }

    private static void count(long runId, ParseDiff diff) {
        ReparseRun run = ReparseRun.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            return;
        }
        run.reread++;
        if (diff.changed()) {
            run.changed++;
        }
        run.findingsAdded += diff.added().size();
        run.findingsGone += diff.gone().size();
    }
}
