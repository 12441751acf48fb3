package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/**
 * A filing the fetcher found before is gone from its portal, or back (topic {@code dw.topics.availability},
 * key = {@code documentUrl}). The fetcher decides: gone means absent from a listing that was read to its end, or
 * the report page answering 404/410, on two consecutive successful rounds of the portal; back means listed again
 * and answering.
 *
 * @param schema      {@link #SCHEMA}
 * @param status      {@link #WITHDRAWN} or {@link #RESTORED}
 * @param documentUrl the report page's canonical URL (as in {@link FetchedDocument#canonicalUrl()})
 * @param portalId    the catalogue entry of the portal
 * @param listingUrl  the listing that carried it, or null when unknown
 * @param reason      why it counts as gone ({@link #REASON_UNLISTED}, {@code http_404}, {@code http_410});
 *                    for a restored filing, why it counts as back ({@link #REASON_LISTED})
 * @param goneSince   the round in which it was first seen gone (for restored: of the withdrawal it ends), or null
 * @param observedAt  when the deciding round saw it
 * @param rounds      consecutive successful rounds it was seen gone (0 for restored)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FilingAvailability(String schema, String status, String documentUrl, String portalId, String listingUrl,
                                 String reason, Instant goneSince, Instant observedAt, int rounds) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.filing-availability.v1";
    public static final String WITHDRAWN = "withdrawn";
    public static final String RESTORED = "restored";
    /** Gone: absent from a listing read to its end. */
    public static final String REASON_UNLISTED = "unlisted";
    /** Back: listed and answering again. */
    public static final String REASON_LISTED = "listed";

    public FilingAvailability {
        Objects.requireNonNull(documentUrl, "documentUrl");
        if (!WITHDRAWN.equals(status) && !RESTORED.equals(status)) {
            throw new IllegalArgumentException("status must be withdrawn or restored: " + status);
        }
    }

    /** The reason of a report page that answered {@code status} (404, 410). */
    public static String httpReason(int status) {
        return "http_" + status;
    }

    public static FilingAvailability withdrawn(String documentUrl, String portalId, String listingUrl, String reason,
                                               Instant goneSince, Instant observedAt, int rounds) {
        return new FilingAvailability(SCHEMA, WITHDRAWN, documentUrl, portalId, listingUrl, reason, goneSince,
                observedAt, rounds);
    }

    public static FilingAvailability restored(String documentUrl, String portalId, String listingUrl,
                                              Instant goneSince, Instant observedAt) {
        return new FilingAvailability(SCHEMA, RESTORED, documentUrl, portalId, listingUrl, REASON_LISTED, goneSince,
                observedAt, 0);
    }

    public boolean withdrawn() {
        return WITHDRAWN.equals(status);
    }
}
