package org.disclosurewatch.parser.document;

/**
 * How a cell read by OCR was read.
 *
 * @param confidence the lowest confidence (0 to 100) of the cell's words
 * @param printed    the text as recognised, before any digit confusion was mapped or the cell was left blank
 * @param doubt      why the cell's value is in doubt, or null when it is not
 */
public record OcrReading(double confidence, String printed, String doubt) {
}
