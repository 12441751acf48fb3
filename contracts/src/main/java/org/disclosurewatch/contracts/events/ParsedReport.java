package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * A document read into the form (topic {@code dw.topics.parsed}, key = agency).
 *
 * @param parserVersion the version of the parser that read it (optional: null in records written before it existed)
 * @param reread        set when this is a re-read of a stored version ({@code ./dw reparse}), null for a new fetch
 *                      (optional)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParsedReport(String schema, DocumentRef document, AnnualReport report, Instant parsedAt,
                           String parserVersion, Reread reread) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.parsed-report.v1";

    /** A report without the parser's version, read from a new fetch. */
    public ParsedReport(String schema, DocumentRef document, AnnualReport report, Instant parsedAt) {
        this(schema, document, report, parsedAt, null, null);
    }

    public static ParsedReport of(DocumentRef document, AnnualReport report, Instant parsedAt) {
        return new ParsedReport(SCHEMA, document, report, parsedAt, null, null);
    }

    public static ParsedReport of(DocumentRef document, AnnualReport report, Instant parsedAt, String parserVersion,
                                  Reread reread) {
        return new ParsedReport(SCHEMA, document, report, parsedAt, parserVersion, reread);
    }
}
