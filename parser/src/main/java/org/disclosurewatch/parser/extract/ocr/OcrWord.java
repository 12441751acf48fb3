package org.disclosurewatch.parser.extract.ocr;

/**
 * One word as Tesseract read it, with its box in the image it was given.
 *
 * @param text       the word
 * @param left       box left, pixels
 * @param top        box top, pixels
 * @param width      box width
 * @param height     box height
 * @param confidence Tesseract's confidence, 0 to 100
 * @param line       the line it belongs to (block, paragraph and line numbers folded into one key)
 */
public record OcrWord(String text, int left, int top, int width, int height, double confidence, long line) {
    public int centreX() {
        return left + width / 2;
    }

    public int centreY() {
        return top + height / 2;
    }
}
