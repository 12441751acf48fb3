package org.disclosurewatch.parser.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosurewatch.testkit.render.DocxRenderer;
import org.junit.jupiter.api.Test;

/** parse(render(r)) == r for generated reports rendered as DOCX documents. */
class DocxRoundTripTest {
    @Test
    void parsedReportsEqualTheGeneratedOnes() {
        RoundTrip.Result result = RoundTrip.run("docx", new DocxRenderer(), 3000L, RoundTrip.count(500));
        assertEquals(0, result.differingCells(), result.summary() + "\n" + String.join("\n", result.differences()));
    }
}
