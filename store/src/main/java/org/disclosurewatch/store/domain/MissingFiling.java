package org.disclosurewatch.store.domain;

import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AgencyLevel;

/** A body that has not filed its report for {@code year} although the deadline has passed. */
public record MissingFiling(String agency, AgencyLevel level, String region, int year, LocalDate deadline) {
}
