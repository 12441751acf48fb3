package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A document as fetched from a portal (topic {@code dw.topics.documents}, key = canonical URL).
 *
 * @param schema        {@link #SCHEMA}
 * @param sourceUrl     the URL it was fetched from
 * @param canonicalUrl  the URL that names the filing (mobile {@code _wap} copies map to the desktop page)
 * @param portalId      the catalogue entry of the portal
 * @param agencyHint    the body the listing belongs to, when the catalogue knows it
 * @param publishedOn   the publication date the portal shows, or null
 * @param fetchedAt     when it was fetched
 * @param contentType   media type as served (the parser sniffs the bytes anyway)
 * @param charset       charset as declared or detected, or null
 * @param sha256        hex SHA-256 of {@code content}
 * @param content       the bytes as served (base64 in JSON)
 * @param publishedOnSource where {@code publishedOn} was read: {@code listing}, {@code page:<label>} (such as
 *                      {@code page:发布时间}), {@code meta:<name>} or {@code url}; null when unknown (optional,
 *                      absent in records written before it existed)
 * @param publishedOnConflict the other dates the portal gave for the document when they disagree with the one
 *                      taken (e.g. {@code "url 2025-03-10"}), or null when all agree (optional)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FetchedDocument(
        String schema,
        String sourceUrl,
        String canonicalUrl,
        String portalId,
        String agencyHint,
        LocalDate publishedOn,
        Instant fetchedAt,
        String contentType,
        String charset,
        String sha256,
        byte[] content,
        String publishedOnSource,
        String publishedOnConflict) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.fetched-document.v1";

    /** A document without evidence of where its publication date came from. */
    public FetchedDocument(String schema, String sourceUrl, String canonicalUrl, String portalId, String agencyHint,
                           LocalDate publishedOn, Instant fetchedAt, String contentType, String charset, String sha256,
                           byte[] content) {
        this(schema, sourceUrl, canonicalUrl, portalId, agencyHint, publishedOn, fetchedAt, contentType, charset,
                sha256, content, null, null);
    }

    public static FetchedDocument of(String sourceUrl, String canonicalUrl, String portalId, String agencyHint,
                                     LocalDate publishedOn, Instant fetchedAt, String contentType, String charset,
                                     byte[] content) {
        return new FetchedDocument(SCHEMA, sourceUrl, canonicalUrl, portalId, agencyHint, publishedOn, fetchedAt,
                contentType, charset, sha256(content), content, null, null);
    }

    /** This document with where its publication date came from and the disagreeing dates (both may be null). */
    public FetchedDocument withPublishedOnEvidence(String source, String conflict) {
        return new FetchedDocument(schema, sourceUrl, canonicalUrl, portalId, agencyHint, publishedOn, fetchedAt,
                contentType, charset, sha256, content, source, conflict);
    }

    public DocumentRef ref() {
        return new DocumentRef(sourceUrl, canonicalUrl, portalId, agencyHint, publishedOn, fetchedAt, contentType,
                sha256, content == null ? 0 : content.length, publishedOnSource, publishedOnConflict);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
