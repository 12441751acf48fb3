package org.disclosurewatch.fetcher.state;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.disclosurewatch.contracts.events.Versioned;

/**
 * What the fetcher knows about one document it fetched (topic {@code dw.topics.fetch-state}, compacted, key =
 * {@code url}). A restarted fetcher reads these back, so it re-emits nothing it already sent and recognises a
 * changed document by its hash.
 *
 * @param schema       {@link #SCHEMA}
 * @param url          the document's canonical URL (report page: desktop URL; attachment: its own URL)
 * @param filingUrl    the canonical URL of the filing it belongs to (the report page)
 * @param sourceUrl    the URL it was last fetched from
 * @param etag         ETag as last served, or null
 * @param lastModified Last-Modified as last served, or null
 * @param sha256       hex SHA-256 of the content last emitted
 * @param fetchedAt    when it was last fetched with content
 * @param complete     for a report page: every attachment was handled too (else the next round re-reads it)
 * @param goneStatus   404 or 410 when the link was dead at the last try (0: it answered); optional
 * @param retryAt      when a dead link is tried again (null unless dead); optional
 * @param availability for a report page: where it is listed and whether it is gone from its portal
 *                     ({@link Availability}); optional, null for attachments and states written before it existed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FetchState(String schema, String url, String filingUrl, String sourceUrl, String etag,
                         String lastModified, String sha256, Instant fetchedAt, boolean complete, int goneStatus,
                         Instant retryAt, Availability availability) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.fetch-state.v1";

    /**
     * Where a report page is listed and what the rounds saw of it
     * ({@link org.disclosurewatch.fetcher.availability.WithdrawalRule.Track}).
     *
     * @param portalId   the catalogue entry whose listing carries it
     * @param listingUrl that listing's URL as the catalogue gives it
     * @param goneRounds consecutive successful rounds it was seen gone
     * @param goneSince  when the first of them saw it, or null
     * @param goneReason why the last of them counted it gone, or null
     * @param withdrawn  whether its withdrawal was announced and not yet ended by a restore
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Availability(String portalId, String listingUrl, int goneRounds, Instant goneSince,
                               String goneReason, boolean withdrawn) {
        public org.disclosurewatch.fetcher.availability.WithdrawalRule.Track track() {
            return new org.disclosurewatch.fetcher.availability.WithdrawalRule.Track(goneRounds, goneSince, goneReason,
                    withdrawn);
        }

        public static Availability of(String portalId, String listingUrl,
                                      org.disclosurewatch.fetcher.availability.WithdrawalRule.Track t) {
            return new Availability(portalId, listingUrl, t.goneRounds(), t.goneSince(), t.reason(), t.withdrawn());
        }
    }

    public static FetchState of(String url, String filingUrl, String sourceUrl, String etag, String lastModified,
                                String sha256, Instant fetchedAt, boolean complete) {
        return new FetchState(SCHEMA, url, filingUrl, sourceUrl, etag, lastModified, sha256, fetchedAt, complete, 0,
                null, null);
    }

    /**
     * A link that answered 404 or 410: what was known of it stays (so a copy that comes back unchanged is not
     * emitted again), and it is not asked for before {@code retryAt}.
     */
    public static FetchState dead(String url, String filingUrl, String sourceUrl, FetchState prior, int status,
                                  Instant retryAt) {
        return prior == null
                ? new FetchState(SCHEMA, url, filingUrl, sourceUrl, null, null, null, null, false, status, retryAt,
                        null)
                : new FetchState(SCHEMA, url, filingUrl, sourceUrl, prior.etag(), prior.lastModified(), prior.sha256(),
                        prior.fetchedAt(), false, status, retryAt, prior.availability());
    }

    /** The same state with this availability. */
    public FetchState withAvailability(Availability a) {
        return new FetchState(schema, url, filingUrl, sourceUrl, etag, lastModified, sha256, fetchedAt, complete,
                goneStatus, retryAt, a);
    }

    /** Whether this is the state of a report page (not of an attachment). */
    public boolean reportPage() {
        return url.equals(filingUrl);
    }

    /** Whether the link was dead at the last try. */
    public boolean dead() {
        return goneStatus != 0;
    }
}
