package org.disclosurewatch.fetcher.crawl;

/**
 * What crawling one host did.
 *
 * @param listingPages listing pages read
 * @param emitted      documents emitted (new, or changed since last emitted)
 * @param unchanged    documents found unchanged (304 or same hash)
 * @param failed       fetches that failed (refused, disallowed, too large, retries exhausted, 4xx)
 */
public record CrawlSummary(int listingPages, int emitted, int unchanged, int failed) {
}
