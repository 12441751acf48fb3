package org.disclosurewatch.fetcher.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides a document's publication date from its candidates. Precedence:
 * <ol>
 *   <li>the earliest date the portal shows as publication: beside the link on the listing, on the page under
 *       a publication label, or in a publication meta tag (ties named in that order: listing, page, meta);</li>
 *   <li>only when the portal shows none: the date in the URL (when the page was made, often days after);</li>
 *   <li>never 成文日期 (when the document was written).</li>
 * </ol>
 * Why earliest: a portal that shows an update time (更新时间) beside the publication time shows the later one
 * for edits; the report was public from the earliest date shown, and a late-filing finding must not rest on
 * an edit.
 */
public final class PublicationDates {
    private static final Comparator<DateCandidate> EARLIEST_THEN_KIND =
            Comparator.comparing(DateCandidate::date).thenComparing(c -> c.kind().ordinal());

    private PublicationDates() {
    }

    public static PublicationDate decide(List<DateCandidate> candidates) {
        List<DateCandidate> all = new ArrayList<>();
        for (DateCandidate c : candidates) {
            if (c != null && c.date() != null) {
                all.add(c);
            }
        }
        Optional<DateCandidate> shown = all.stream().filter(c -> c.kind().shownAsPublication()).min(EARLIEST_THEN_KIND);
        Optional<DateCandidate> winner = shown.isPresent() ? shown
                : all.stream().filter(c -> c.kind() == DateKind.URL).min(EARLIEST_THEN_KIND);
        return winner.map(w -> new PublicationDate(w.date(), w.source(), all))
                .orElseGet(() -> new PublicationDate(null, null, all));
    }
}
