package org.disclosurewatch.fetcher.crawl;

/**
 * What crawling one host did.
 *
 * @param listingPages   listing pages (and list-endpoint pages) read
 * @param emitted        documents emitted (new, or changed since last emitted)
 * @param unchanged      documents found unchanged (304 or same hash)
 * @param failed         fetches that failed (refused, disallowed, too large, retries exhausted, 4xx other than a
 *                       dead link), the unread listings among them
 * @param listingsUnread listings whose first page could not be read: the portal itself failed
 * @param deadLinks      linked reports or attachments that answered 404 or 410 (recorded, retried slowly, not failures)
 */
public record CrawlSummary(int listingPages, int emitted, int unchanged, int failed, int listingsUnread, int deadLinks) {

    /** Whether every listing of the host was read. */
    public boolean listingsRead() {
        return listingsUnread == 0;
    }
}
