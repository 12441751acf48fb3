package org.disclosurewatch.fetcher.date;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The publication date taken for a document, the candidate it came from, and every candidate seen.
 *
 * @param date       the date taken, or null when no candidate can serve
 * @param source     {@link DateCandidate#source()} of the winner, or null
 * @param candidates every candidate, in the order they were found
 */
public record PublicationDate(LocalDate date, String source, List<DateCandidate> candidates) {
    public static final PublicationDate UNKNOWN = new PublicationDate(null, null, List.of());

    public PublicationDate {
        candidates = List.copyOf(candidates);
    }

    /**
     * The candidates (成文日期 aside) whose date differs from the one taken, e.g. {@code "url 2025-03-10"}; null
     * when they all agree.
     */
    public String conflict() {
        if (date == null) {
            return null;
        }
        String others = candidates.stream()
                .filter(c -> c.kind() != DateKind.WRITTEN && !c.date().equals(date))
                .map(DateCandidate::toString).distinct().collect(Collectors.joining("; "));
        return others.isEmpty() ? null : others;
    }
}
