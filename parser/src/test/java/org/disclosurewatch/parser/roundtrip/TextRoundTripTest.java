package org.disclosurewatch.parser.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosurewatch.testkit.render.TextRenderer;
import org.junit.jupiter.api.Test;

/** parse(render(r)) == r for generated reports rendered as text extractions. */
class TextRoundTripTest {
    @Test
    void parsedReportsEqualTheGeneratedOnes() {
        RoundTrip.Result result = RoundTrip.run("text", new TextRenderer(), 1000L, RoundTrip.count(500));
        assertEquals(0, result.differingCells(), result.summary() + "\n" + String.join("\n", result.differences()));
    }
}
