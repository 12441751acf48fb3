package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a report came from: the fetched document without its bytes.
 *
 * @param publishedOnSource   where {@code publishedOn} was read ({@link FetchedDocument#publishedOnSource()}), or
 *                            null when unknown (absent in records written before it existed)
 * @param publishedOnConflict the other dates the portal gave when they disagree with the one taken, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentRef(
        String sourceUrl,
        String canonicalUrl,
        String portalId,
        String agencyHint,
        LocalDate publishedOn,
        Instant fetchedAt,
        String contentType,
        String sha256,
        long sizeBytes,
        String publishedOnSource,
        String publishedOnConflict) {

    /** A reference without evidence of where its publication date came from. */
    public DocumentRef(String sourceUrl, String canonicalUrl, String portalId, String agencyHint, LocalDate publishedOn,
                       Instant fetchedAt, String contentType, String sha256, long sizeBytes) {
        this(sourceUrl, canonicalUrl, portalId, agencyHint, publishedOn, fetchedAt, contentType, sha256, sizeBytes,
                null, null);
    }
}
