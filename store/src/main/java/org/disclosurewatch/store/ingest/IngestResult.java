package org.disclosurewatch.store.ingest;

import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;

/**
 * What storing one validated report did.
 *
 * @param outcome  stored as a new report, as a new version, skipped as a duplicate or as not a report
 * @param reportId the report, or null when skipped as not a report
 * @param alerts   the alerts the store raised, to be sent once the transaction has committed
 */
public record IngestResult(Outcome outcome, Long reportId, List<FilingAlert> alerts) {
    public enum Outcome { NEW_REPORT, NEW_VERSION, DUPLICATE, NOT_A_REPORT }
}
