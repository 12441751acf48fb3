package org.disclosurewatch.testkit.generate;

import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * A generated filing: the report itself, the day the portal published it and the page address it would
 * have on a district portal.
 *
 * @param report      the report, in the answer-key schema
 * @param publishedOn the portal publication date (on or before the statutory deadline for its level)
 * @param documentUrl the report page address, in the pattern of the district portals
 */
public record GeneratedReport(AnnualReport report, LocalDate publishedOn, String documentUrl) {
}
