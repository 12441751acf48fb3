package org.disclosurewatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurewatch.contracts.form.AnnualReport;
import org.junit.jupiter.api.Test;

class SeedReportsTest {
    @Test
    void everySeedHasItsKeysCellsAndItsTextsNarrative() {
        for (Fixtures.Fixture seed : Fixtures.seeds()) {
            AnnualReport r = SeedReports.report(seed);
            assertEquals(seed.key().get("agency").asText(), r.agency());
            assertFalse(r.narrativePart(AnnualReport.PART1).isBlank(), seed.name() + " part 1");
            assertFalse(r.narrativePart(AnnualReport.PART5).isBlank(), seed.name() + " part 5");
            assertFalse(r.narrativePart(AnnualReport.PART1).contains("bookmark"), seed.name());
            assertTrue(r.requests().size() >= 23 * 7, seed.name());
        }
    }
}
