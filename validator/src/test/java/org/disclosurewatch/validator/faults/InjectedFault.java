package org.disclosurewatch.validator.faults;

import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * A fault put into a correct filing, and what a validator must report for it.
 *
 * @param type          which kind of fault
 * @param report        the faulty report
 * @param publishedOn   its publication date
 * @param description   what was changed, for failure messages
 * @param expectedKind  the finding kind that reveals it
 * @param expectedCells cells of which at least one must be among the finding's cells (empty: a finding about
 *                      the filing as a whole)
 */
public record InjectedFault(Type type, AnnualReport report, LocalDate publishedOn, String description,
                            String expectedKind, List<String> expectedCells) {

    /** The faults the injector makes. */
    public enum Type { CHANGED_CELL, BLANKED_CELL, NARRATIVE_NUMBER, LATE_PUBLICATION }
}
