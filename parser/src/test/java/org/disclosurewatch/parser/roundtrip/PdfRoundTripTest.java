package org.disclosurewatch.parser.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosurewatch.testkit.render.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r for generated reports rendered as PDF. Rendering and reading a PDF costs about
 * half a second a report on two cores, so the default is 100 reports (about a minute);
 * {@code -Droundtrip.count=500} runs the full set.
 */
class PdfRoundTripTest {
    @Test
    void parsedReportsEqualTheGeneratedOnes() {
        RoundTrip.Result result = RoundTrip.run("pdf", new PdfRenderer(), 4000L, RoundTrip.count(100));
        assertEquals(0, result.differingCells(), result.summary() + "\n" + String.join("\n", result.differences()));
    }
}
