package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The data of an alert CloudEvent (topic {@code dw.topics.alerts}, key = agency, binary mode).
 *
 * @param schema      {@link #SCHEMA}
 * @param alertId     stable id: the same finding on the same filing always has the same id
 * @param agency      the filing body
 * @param region      its region
 * @param year        the report year
 * @param finding     what was found
 * @param documentUrl the source document, or null for a missing filing
 * @param raisedAt    when the alert was raised
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FilingAlert(String schema, String alertId, String agency, String region, Integer year,
                          Finding finding, String documentUrl, Instant raisedAt) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.filing-alert.v1";
    /** CloudEvent {@code source} of alerts. */
    public static final String SOURCE = "urn:disclosure-watch";
    /** Prefix of every CloudEvent {@code type}; the category and version follow. */
    public static final String TYPE_PREFIX = AlertCategory.TYPE_PREFIX;

    public static FilingAlert of(String agency, String region, Integer year, Finding finding, String documentUrl,
                                 Instant raisedAt) {
        String id = FetchedDocument.sha256((agency + "|" + year + "|" + finding.ruleId() + "|" + finding.kind() + "|"
                + finding.cell()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
        return new FilingAlert(SCHEMA, id, agency, region, year, finding, documentUrl, raisedAt);
    }

    /** CloudEvent subject: agency/year. */
    public String subject() {
        return agency + "/" + year;
    }

    /** CloudEvent type, from the finding's kind: {@code org.disclosurewatch.filing.late.v1}. */
    public String cloudEventType() {
        return type(finding.kind());
    }

    /** The CloudEvent type of a finding kind; throws for a kind that is not a {@link FindingKind}. */
    public static String type(String findingKind) {
        return FindingKind.of(findingKind).cloudEventType();
    }
}
