package org.disclosurewatch.fetcher.crawl;

import java.time.Duration;

/**
 * Per-host defaults a catalogue entry may override (pause between requests, listing pages per round), and how
 * long a dead link (404/410) rests before it is tried again.
 */
public record CrawlDefaults(Duration delay, int maxPages, Duration deadLinkRetry) {
    public static final Duration DEAD_LINK_RETRY = Duration.ofDays(7);

    public CrawlDefaults(Duration delay, int maxPages) {
        this(delay, maxPages, DEAD_LINK_RETRY);
    }
}
