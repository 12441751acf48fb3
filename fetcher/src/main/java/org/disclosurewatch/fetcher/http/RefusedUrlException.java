package org.disclosurewatch.fetcher.http;

/** A URL the fetcher will not request; the message says why. */
public class RefusedUrlException extends Exception {
    public RefusedUrlException(String message) {
        super(message);
    }
}
