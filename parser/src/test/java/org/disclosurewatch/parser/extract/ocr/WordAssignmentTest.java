package org.disclosurewatch.parser.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words put back into lines, and OCR output read from Tesseract's TSV. */
class WordAssignmentTest {
    private static OcrWord w(String text, int left, int top, long line) {
        return new OcrWord(text, left, top, 40 * text.length(), 40, 90, line);
    }

    @Test
    void chineseIsJoinedWithoutSpacesAndLinesComeTopToBottom() {
        List<OcrWord> words = new ArrayList<>(List.of(w("信息", 200, 100, 2), w("政府", 100, 100, 2),
                w("公开", 100, 20, 1)));
        assertEquals(List.of("公开", "政府信息"), WordText.lines(words));
    }

    @Test
    void digitsKeepASpaceOnlyAcrossAVisibleGap() {
        assertEquals(List.of("12"), WordText.lines(List.of(w("1", 100, 0, 1), w("2", 141, 0, 1))));
        assertEquals(List.of("1 2"), WordText.lines(List.of(w("1", 100, 0, 1), w("2", 200, 0, 1))));
    }

    @Test
    void confidenceOfACellIsItsWorstWord() {
        List<OcrWord> words = List.of(new OcrWord("3", 0, 0, 10, 10, 91, 1), new OcrWord("0", 20, 0, 10, 10, 42, 1));
        assertEquals(42, WordText.confidence(words));
        assertEquals(100, WordText.confidence(List.of()));
    }

    @Test
    void tsvRowsBecomeWordsWithTheirBoxesAndLines() {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "4\t1\t1\t1\t1\t0\t10\t10\t300\t40\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t10\t12\t80\t38\t96.5\t151\n"
                + "5\t1\t1\t1\t2\t1\t10\t80\t80\t38\t71.25\t总计\n"
                + "5\t1\t1\t1\t2\t2\t95\t80\t80\t38\t-1\t \n";
        List<OcrWord> words = TesseractCli.parseTsv(tsv);
        assertEquals(2, words.size());
        assertEquals("151", words.get(0).text());
        assertEquals(96.5, words.get(0).confidence());
        assertEquals(50, words.get(0).centreX());
        assertEquals(31, words.get(0).centreY());
        assertEquals(List.of("151", "总计"), WordText.lines(words));
    }
}
