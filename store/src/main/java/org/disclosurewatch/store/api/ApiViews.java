package org.disclosurewatch.store.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.store.domain.FilingStatus;

/** The JSON shapes of the API (field names in snake_case). */
public final class ApiViews {
    private ApiViews() {
    }

    /** A report in a list. */
    public record ReportSummary(long id, String agency, String level, String region, int year, FilingStatus status,
                                String title, String format, int versions, int findings, LocalDate publishedOn,
                                Instant fetchedAt, String sourceUrl, String deadline) {
    }

    /**
     * A report with everything stored about its current version; {@code availability} is whether its page is
     * still on its portal, null when the fetcher never found it gone.
     */
    public record ReportDetail(ReportSummary report, List<CellView> cells, List<FindingView> findings,
                               List<VersionView> versions, List<String> sourceLinks, Map<String, String> narrative,
                               List<String> diagnostics, AvailabilityView availability) {
    }

    /**
     * Whether a report's page is on its portal, as the fetcher decided: {@code status} {@code withdrawn} (gone on two
     * rounds in a row since {@code goneSince}; {@code reason} {@code unlisted}, {@code http_404} or {@code http_410})
     * or {@code restored} (back since {@code restoredAt}); {@code alertId} the {@code filing_withdrawn} alert.
     */
    public record AvailabilityView(String status, boolean withdrawn, String documentUrl, String portalId,
                                   String listingUrl, String reason, Instant goneSince, Instant withdrawnAt,
                                   Instant restoredAt, String alertId) {
    }

    public record CellView(String path, BigDecimal value, String kind) {
    }

    /** A finding; {@code origin} says whether the validator or the store found it. */
    public record FindingView(String origin, String ruleId, int ruleVersion, String kind, String severity, String cell,
                              List<String> cells, String observed, String expected, String message) {
    }

    /**
     * A stored version; {@code originalUrl} is where the store serves the document's exact bytes, null while
     * the store holds no original for it.
     */
    public record VersionView(long id, int versionNo, String sha256, boolean current, String sourceUrl,
                              String canonicalUrl, LocalDate publishedOn, Instant fetchedAt, Instant storedAt,
                              String title, String originalUrl, String parserVersion, Instant parsedAt,
                              List<ParseView> parses) {
    }

    /**
     * One parse of a version: {@code outcome} {@code first} (stored from a fetch), {@code changed} (a re-read that
     * replaced the reading; {@code differences} against the one before) or {@code confirmed} (a re-read that read
     * the same). {@code parserVersion} null: recorded before parser versions were. {@code cells} and
     * {@code findings}: the reading this parse made when a later one replaced it (only from
     * {@code /versions/{n}/parses}; null for a parse that reads as the version's current cells).
     */
    public record ParseView(int parseNo, String outcome, String parserVersion, Instant parsedAt, Instant storedAt,
                            Long reparseRunId, org.disclosurewatch.store.domain.ParseDiff differences,
                            Map<String, String> cells, List<org.disclosurewatch.contracts.events.Finding> findings) {
    }

    public record AlertView(String alertId, String agency, String region, Integer year, Long reportId, String origin,
                            String ruleId, String kind, String severity, String cell, String observed,
                            String expected, String message, String documentUrl, Instant raisedAt,
                            Instant sentAt, Instant resolvedAt, Instant acknowledgedAt, String acknowledgedBy, String cloudEventType) {
    }

    public record CheckRun(int alertsRaised, List<String> alertIds, int reportsRechecked) {
    }
}
