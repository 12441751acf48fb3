package org.disclosurewatch.fetcher.http;

/** How a fetch ended (the {@code outcome} tag of the fetch metrics). */
public enum Outcome {
    /** 200 with a body within the size limit. */
    FETCHED,
    /** 304: the copy already fetched is current. */
    NOT_MODIFIED,
    /** 4xx other than 429 (404, 410, 403 …). */
    CLIENT_ERROR,
    /** The URL or a redirect hop was refused (scheme, host outside the catalogue, private address). */
    REFUSED,
    /** robots.txt disallows the URL. */
    ROBOTS_DISALLOWED,
    /** The body exceeded the size limit. */
    TOO_LARGE,
    /** Retries exhausted on 429, 5xx, timeouts or I/O errors, or too many redirects. */
    FAILED
}
