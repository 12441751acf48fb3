package org.disclosurewatch.fetcher.date;

import java.time.LocalDate;

/**
 * One date a portal gives for a document.
 *
 * @param date  the date
 * @param kind  where it was read
 * @param label the page label or meta name it was read under ({@code 发布时间}, {@code PubDate}); null for the
 *              listing and the URL
 */
public record DateCandidate(LocalDate date, DateKind kind, String label) {

    public static DateCandidate listing(LocalDate date) {
        return new DateCandidate(date, DateKind.LISTING, null);
    }

    public static DateCandidate url(LocalDate date) {
        return new DateCandidate(date, DateKind.URL, null);
    }

    /** How the source is named on the document: {@code listing}, {@code page:发布时间}, {@code meta:PubDate}, {@code url}. */
    public String source() {
        return label == null ? kind.tag() : kind.tag() + ":" + label;
    }

    @Override
    public String toString() {
        return source() + " " + date;
    }
}
