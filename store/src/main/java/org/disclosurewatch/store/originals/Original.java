package org.disclosurewatch.store.originals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.disclosurewatch.contracts.events.FetchedDocument;

/**
 * A fetched document as kept in evidence: its exact bytes and how it was fetched.
 *
 * @param sha256       hex SHA-256 of {@code content} (the key originals are kept under)
 * @param contentType  media type as the portal served it, or null
 * @param charset      charset as declared or detected, or null
 * @param content      the bytes exactly as served
 * @param sourceUrl    the URL it was fetched from
 * @param canonicalUrl the URL that names the filing
 * @param portalId     the catalogue entry of the portal
 * @param agencyHint   the body the listing belongs to, or null
 * @param publishedOn  the publication date the portal showed, or null
 * @param fetchedAt    when it was fetched
 */
public record Original(String sha256, String contentType, String charset, byte[] content, String sourceUrl,
                       String canonicalUrl, String portalId, String agencyHint, LocalDate publishedOn,
                       Instant fetchedAt) {
    public Original {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    /**
     * The original of a fetched document; throws {@link IllegalArgumentException} when the document has no
     * bytes or its declared SHA-256 is not the hash of its bytes (such a record is not evidence of anything).
     */
    public static Original of(FetchedDocument d) {
        if (d.content() == null) {
            throw new IllegalArgumentException("document " + d.sourceUrl() + " carries no bytes");
        }
        String actual = FetchedDocument.sha256(d.content());
        if (d.sha256() == null || !actual.equalsIgnoreCase(d.sha256())) {
            throw new IllegalArgumentException("document " + d.sourceUrl() + " declares SHA-256 " + d.sha256()
                    + " but its bytes hash to " + actual);
        }
        return new Original(actual, d.contentType(), d.charset(), d.content(), d.sourceUrl(), d.canonicalUrl(),
                d.portalId(), d.agencyHint(), d.publishedOn(), d.fetchedAt());
    }
}
