package org.disclosurewatch.parser.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {
    private static final List<DigitSplitter.Identity> ROW_SUM = List.of(new DigitSplitter.Identity(0, 6));

    private static BigDecimal[] values(long... v) {
        return Arrays.stream(v).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    @Test
    void aRequestRowSplitsOnlyOneWayUnderItsIdentity() {
        DigitSplitter.Splits s = DigitSplitter.split(List.of("521000053"), 7, ROW_SUM);
        assertTrue(s.unique());
        assertArrayEquals(values(52, 1, 0, 0, 0, 0, 53), s.candidates().get(0));
    }

    @Test
    void withoutTheIdentityTheSameDigitsSplitSeveralWays() {
        DigitSplitter.Splits s = DigitSplitter.split(List.of("521000053"), 7, List.of());
        assertFalse(s.unique());
        assertTrue(s.candidates().size() > 1);
    }

    @Test
    void zerosCannotLeadSoThreeZerosAreThreeCells() {
        DigitSplitter.Splits s = DigitSplitter.split(List.of("000"), 3, List.of());
        assertTrue(s.unique());
        assertArrayEquals(values(0, 0, 0), s.candidates().get(0));
    }

    @Test
    void aPartTwoRowWithoutIdentityIsAmbiguous() {
        DigitSplitter.Splits s = DigitSplitter.split(List.of("1240118"), 3, List.of());
        assertFalse(s.unique());
        assertTrue(s.candidates().size() > 1);
        assertTrue(s.candidates().stream().allMatch(c -> c.length == 3));
        assertTrue(s.candidates().stream().anyMatch(c -> Arrays.equals(c, values(1, 2, 40118))));
    }

    @Test
    void spacesKeptByTheTextAreCellBoundariesAndBlankMarksAreBlankCells() {
        DigitSplitter.Splits s = DigitSplitter.split(Arrays.asList("5", null, "0", "0", "0", "0", "5"), 7, ROW_SUM);
        assertTrue(s.unique());
        assertEquals(null, s.candidates().get(0)[1]);
        assertEquals(BigDecimal.valueOf(5), s.candidates().get(0)[6]);
    }

    @Test
    void tooFewDigitsForTheCellsHasNoSplit() {
        DigitSplitter.Splits s = DigitSplitter.split(List.of("50005"), 7, ROW_SUM);
        assertTrue(s.complete());
        assertEquals(0, s.candidates().size());
    }
}
