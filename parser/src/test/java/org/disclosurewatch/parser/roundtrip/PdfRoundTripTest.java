package org.disclosurewatch.parser.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosurewatch.testkit.render.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r for generated reports rendered as PDF, the costliest of the four representations
 * (about 60 ms a report on an idle two-core machine, several times that on a busy one); lower
 * {@code -Droundtrip.count} when time is short.
 */
class PdfRoundTripTest {
    @Test
    void parsedReportsEqualTheGeneratedOnes() {
        RoundTrip.Result result = RoundTrip.run("pdf", new PdfRenderer(), 4000L, RoundTrip.count(500));
        assertEquals(0, result.differingCells(), result.summary() + "\n" + String.join("\n", result.differences()));
    }
}
