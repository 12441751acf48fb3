package org.disclosurewatch.fetcher.crawl;

import java.time.Duration;

/** Per-host defaults a catalogue entry may override: pause between requests and listing pages per round. */
public record CrawlDefaults(Duration delay, int maxPages) {
}
