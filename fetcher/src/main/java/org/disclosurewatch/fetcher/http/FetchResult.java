package org.disclosurewatch.fetcher.http;

import java.net.URI;

/**
 * The result of one fetch, redirects followed.
 *
 * @param outcome      how it ended
 * @param requested    the URL asked for
 * @param finalUri     the URL that answered (after redirects)
 * @param status       last HTTP status, or 0 when none was received
 * @param contentType  Content-Type as served, or null
 * @param body         the body (empty unless FETCHED)
 * @param etag         ETag as served, or null
 * @param lastModified Last-Modified as served, or null
 * @param reason       a sentence for the log when the fetch did not succeed
 */
public record FetchResult(Outcome outcome, URI requested, URI finalUri, int status, String contentType, byte[] body,
                          String etag, String lastModified, String reason) {

    static FetchResult failure(Outcome outcome, URI requested, URI at, int status, String reason) {
        return new FetchResult(outcome, requested, at, status, null, new byte[0], null, null, reason);
    }

    public boolean fetched() {
        return outcome == Outcome.FETCHED;
    }
}
