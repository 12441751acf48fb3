package org.disclosurewatch.parser;

import java.time.Duration;

/**
 * Bounds on what the parser accepts, so that hostile or broken documents fail fast instead of exhausting
 * memory or time.
 *
 * @param maxBytes                 largest document accepted, in bytes (default 20 MB)
 * @param maxPdfPages              most pages a PDF may have (default 300)
 * @param maxDocxUncompressedBytes most bytes a compressed document may inflate to: a DOCX summed over its parts,
 *                                 a PDF over its pages' content streams (default 100 MB)
 * @param maxTime                  longest time one parse may take (default 30 s)
 * @param maxOcrTime               longest time the parse of a document read by OCR (a scanned PDF, an image) may
 *                                 take, from its start (default 180 s); never less than {@code maxTime}
 * @param maxOcrPages              most pages read by OCR; later pages of a longer scan are not read (default 20)
 */
public record ParserLimits(long maxBytes, int maxPdfPages, long maxDocxUncompressedBytes, Duration maxTime,
                           Duration maxOcrTime, int maxOcrPages) {
    /** Largest ratio of uncompressed to compressed size a DOCX part may have. */
    public static final int MAX_INFLATE_RATIO = 200;
    public static final Duration DEFAULT_OCR_TIME = Duration.ofSeconds(180);
    public static final int DEFAULT_OCR_PAGES = 20;

    public ParserLimits {
        if (maxBytes <= 0 || maxPdfPages <= 0 || maxDocxUncompressedBytes <= 0 || maxTime == null
                || maxTime.isNegative() || maxTime.isZero() || maxOcrTime == null || maxOcrPages <= 0) {
            throw new IllegalArgumentException("parser limits must be positive");
        }
        if (maxOcrTime.compareTo(maxTime) < 0) {
            maxOcrTime = maxTime;
        }
    }

    /** Limits with the default OCR budget. */
    public ParserLimits(long maxBytes, int maxPdfPages, long maxDocxUncompressedBytes, Duration maxTime) {
        this(maxBytes, maxPdfPages, maxDocxUncompressedBytes, maxTime, DEFAULT_OCR_TIME, DEFAULT_OCR_PAGES);
    }

    /** The defaults: 20 MB, 300 PDF pages, 100 MB inflated DOCX, 30 seconds; OCR 180 seconds, 20 pages. */
    public static ParserLimits defaults() {
        return new ParserLimits(20L * 1024 * 1024, 300, 100L * 1024 * 1024, Duration.ofSeconds(30));
    }
}
