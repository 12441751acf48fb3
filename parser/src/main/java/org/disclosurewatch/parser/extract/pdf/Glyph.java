package org.disclosurewatch.parser.extract.pdf;

/**
 * One character drawn on a PDF page, in top-down page coordinates.
 *
 * @param text   its Unicode text
 * @param x      left edge
 * @param top    top edge
 * @param width  advance width
 * @param height glyph height (font size when the font does not say)
 */
record Glyph(String text, float x, float top, float width, float height) {
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return top + height / 2;
    }

    float bottom() {
        return top + height;
    }
}
