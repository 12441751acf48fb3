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
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FetchState(String schema, String url, String filingUrl, String sourceUrl, String etag,
                         String lastModified, String sha256, Instant fetchedAt, boolean complete, int goneStatus,
                         Instant retryAt) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.fetch-state.v1";

    public static FetchState of(String url, String filingUrl, String sourceUrl, String etag, String lastModified,
                                String sha256, Instant fetchedAt, boolean complete) {
        return new FetchState(SCHEMA, url, filingUrl, sourceUrl, etag, lastModified, sha256, fetchedAt, complete, 0,
                null);
    }

    /**
     * A link that answered 404 or 410: what was known of it stays (so a copy that comes back unchanged is not
     * emitted again), and it is not asked for before {@code retryAt}.
     */
    public static FetchState dead(String url, String filingUrl, String sourceUrl, FetchState prior, int status,
                                  Instant retryAt) {
        return prior == null
                ? new FetchState(SCHEMA, url, filingUrl, sourceUrl, null, null, null, null, false, status, retryAt)
                : new FetchState(SCHEMA, url, filingUrl, sourceUrl, prior.etag(), prior.lastModified(), prior.sha256(),
                        prior.fetchedAt(), false, status, retryAt);
    }

    /** Whether the link was dead at the last try. */
    public boolean dead() {
        return goneStatus != 0;
    }
}
