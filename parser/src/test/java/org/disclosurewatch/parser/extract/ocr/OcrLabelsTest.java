package org.disclosurewatch.parser.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Form labels misread by a character are put right; anything further off, or ambiguous, is left as read. */
class OcrLabelsTest {
    @Test
    void oneMisreadCharacterInALongLabelIsPutRight() {
        assertEquals("2.其他法律行政法规禁止公开", OcrLabels.snap("2.其他法律行政法规茜止\n公开"));
        assertEquals("1.本机关不掌握相关政府信息", OcrLabels.snap("1.本机关不学握相关政府\n信息"));
    }

    @Test
    void exactLabelsAndNumbersAreLeftAlone() {
        assertEquals("1.属于国家秘密", OcrLabels.snap("1.属于国家秘密"));
        assertEquals("154", OcrLabels.snap("154"));
        assertEquals("", OcrLabels.snap(""));
    }

    @Test
    void tooManyMisreadsOrATieIsLeftAsRead() {
        List<String> labels = List.of("予以公开", "部分公开");
        assertEquals("予以公开", OcrLabels.snap("子以公开", labels));
        assertEquals("甲乙公开", OcrLabels.snap("甲乙公开", labels), "two of four characters off");
        assertEquals("分以公开", OcrLabels.snap("分以公开", List.of("予以公开", "分以公示")), "a tie");
    }

    @Test
    void editDistanceStopsEarlyBeyondItsLimit() {
        assertEquals(1, OcrLabels.distance("茜止公开", "禁止公开", 2));
        assertEquals(3, OcrLabels.distance("abcdef", "uvwxyz", 2));
    }
}
