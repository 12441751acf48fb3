package org.disclosurewatch.parser.extract.pdf;

/**
 * A straight table line drawn on a page, in top-down coordinates: vertical when {@code x0 == x1}.
 */
record Ruling(float x0, float y0, float x1, float y1) {
    boolean vertical() {
        return Math.abs(x0 - x1) < 1f;
    }

    boolean horizontal() {
        return Math.abs(y0 - y1) < 1f;
    }

    /** Whether this ruling covers the point (x, y) on its line, within a tolerance. */
    boolean covers(float x, float y, float tolerance) {
        if (vertical()) {
            return Math.abs(x - x0) <= tolerance && y >= Math.min(y0, y1) - tolerance && y <= Math.max(y0, y1) + tolerance;
        }
        return Math.abs(y - y0) <= tolerance && x >= Math.min(x0, x1) - tolerance && x <= Math.max(x0, x1) + tolerance;
    }
}
