package org.disclosurewatch.store.domain;

import org.disclosurewatch.contracts.form.AgencyLevel;

/**
 * A body expected to file a report every year.
 *
 * @param name      the body's full name, as reports print it
 * @param level     government, department or township (decides the deadline)
 * @param region    the region it belongs to
 * @param firstYear the first report year it is expected to file
 */
public record ExpectedFiler(String name, AgencyLevel level, String region, int firstYear) {
}
