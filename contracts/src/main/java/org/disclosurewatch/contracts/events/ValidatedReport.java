package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * A parsed report with every finding of the checks (topic {@code dw.topics.validated}, key = agency).
 *
 * @param parserVersion as on the {@link ParsedReport} (optional)
 * @param reread        as on the {@link ParsedReport}: set for a re-read of a stored version (optional)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ValidatedReport(String schema, DocumentRef document, AnnualReport report, List<Finding> findings,
                              Instant parsedAt, Instant validatedAt, String parserVersion, Reread reread)
        implements Versioned {
    public static final String SCHEMA = "disclosure-watch.validated-report.v1";

    public ValidatedReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A report without the parser's version, from a new fetch. */
    public ValidatedReport(String schema, DocumentRef document, AnnualReport report, List<Finding> findings,
                           Instant parsedAt, Instant validatedAt) {
        this(schema, document, report, findings, parsedAt, validatedAt, null, null);
    }

    public static ValidatedReport of(ParsedReport parsed, List<Finding> findings, Instant validatedAt) {
        return new ValidatedReport(SCHEMA, parsed.document(), parsed.report(), findings, parsed.parsedAt(),
                validatedAt, parsed.parserVersion(), parsed.reread());
    }
}
