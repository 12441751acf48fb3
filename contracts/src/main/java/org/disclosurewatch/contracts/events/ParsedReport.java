package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.disclosurewatch.contracts.form.AnnualReport;

/** A document read into the form (topic {@code dw.topics.parsed}, key = agency). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParsedReport(String schema, DocumentRef document, AnnualReport report, Instant parsedAt)
        implements Versioned {
    public static final String SCHEMA = "disclosure-watch.parsed-report.v1";

    public static ParsedReport of(DocumentRef document, AnnualReport report, Instant parsedAt) {
        return new ParsedReport(SCHEMA, document, report, parsedAt);
    }
}
