package org.disclosurewatch.parser.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts OCR words back together into lines of text. */
final class WordText {
    private WordText() {
    }

    /**
     * The words' lines top to bottom, each read left to right. Chinese is joined without spaces; two Latin or
     * digit words keep a space between them only when a visible gap (half the line height) separates them.
     */
    static List<String> lines(List<OcrWord> words) {
        Map<Long, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord w : words) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<List<OcrWord>> lines = new ArrayList<>(byLine.values());
        lines.sort(Comparator.comparingDouble(l -> l.stream().mapToInt(OcrWord::centreY).average().orElse(0)));
        List<String> out = new ArrayList<>();
        for (List<OcrWord> line : lines) {
            line.sort(Comparator.comparingInt(OcrWord::left));
            int height = line.stream().mapToInt(OcrWord::height).max().orElse(0);
            StringBuilder b = new StringBuilder();
            OcrWord prev = null;
            for (OcrWord w : line) {
                if (prev != null && latin(lastChar(prev.text())) && latin(w.text().charAt(0))
                        && w.left() - (prev.left() + prev.width()) > height / 2) {
                    b.append(' ');
                }
                b.append(w.text());
                prev = w;
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The lowest confidence of the words, 100 when there are none. */
    static double confidence(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).min().orElse(100);
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
