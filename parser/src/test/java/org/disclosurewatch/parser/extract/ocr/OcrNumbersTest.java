package org.disclosurewatch.parser.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an OCR'd cell may say: clean numbers kept, confusions mapped and flagged, anything else left blank. */
class OcrNumbersTest {
    @Test
    void cleanNumberAboveTheThresholdIsKeptWithoutDoubt() {
        OcrNumbers.Accepted a = OcrNumbers.accept("154", 95);
        assertEquals("154", a.text());
        assertFalse(a.doubtful());
        assertEquals("4166.241619", OcrNumbers.accept("4166.241619", 91).text());
        assertEquals("-3", OcrNumbers.accept("-3", 91).text());
    }

    @Test
    void cleanNumberBelowTheThresholdIsKeptButInDoubt() {
        OcrNumbers.Accepted a = OcrNumbers.accept("33", OcrNumbers.LOW_CONFIDENCE - 1);
        assertEquals("33", a.text());
        assertTrue(a.doubtful());
        assertTrue(a.reading().doubt().contains("low OCR confidence"), a.reading().doubt());
    }

    @Test
    void numberBelowTheFloorIsLeftBlank() {
        OcrNumbers.Accepted a = OcrNumbers.accept("0", OcrNumbers.FLOOR - 1);
        assertEquals("", a.text());
        assertTrue(a.doubtful());
        assertEquals("0", a.reading().printed());
    }

    @Test
    void confusionsAreMappedOnlyWhenTheRestIsDigits() {
        OcrNumbers.Accepted a = OcrNumbers.accept("1O5", 90);
        assertEquals("105", a.text());
        assertTrue(a.doubtful(), "a mapped cell is always in doubt");
        assertEquals("11", OcrNumbers.accept("l|", 90).text());
        assertEquals("0", OcrNumbers.accept("o", 90).text());
        // a letter that is no digit's look-alike: not a number, and no guess
        OcrNumbers.Accepted x = OcrNumbers.accept("4X6", 95);
        assertEquals("", x.text());
        assertTrue(x.reading().doubt().contains("not cleanly a number"));
    }

    @Test
    void junkIsLeftBlankNeverGuessed() {
        for (String junk : new String[] {"1 2", "3.4.5", "@", "12%", "7)"}) {
            OcrNumbers.Accepted a = OcrNumbers.accept(junk, 96);
            assertEquals("", a.text(), junk);
            assertTrue(a.doubtful(), junk);
        }
    }

    @Test
    void labelsAndBlankMarksAreKeptAsRead() {
        assertEquals("本年新收政府信息公开申请数量", OcrNumbers.accept("本年新收政府信息公开申请数量", 92).text());
        assertFalse(OcrNumbers.accept("本年新收政府信息公开申请数量", 92).doubtful());
        assertTrue(OcrNumbers.accept("予以公开", 40).doubtful(), "a label read with low confidence is flagged");
        assertEquals("604.96万元", OcrNumbers.accept("604.96万元", 90).text());
        assertEquals("/", OcrNumbers.accept("/", 90).text());
        assertEquals("—", OcrNumbers.accept("—", 90).text());
        assertNull(OcrNumbers.accept("", 100).reading().doubt());
        assertTrue(OcrNumbers.accept("一", 60).doubtful(), "a dash read with low confidence may be a digit");
    }

    @Test
    void inkWithNothingRecognisedIsLeftBlankAndInDoubt() {
        assertTrue(OcrNumbers.accept("", 100, true).doubtful());
        assertFalse(OcrNumbers.accept("", 100, false).doubtful(), "an empty cell is simply blank");
    }
}
