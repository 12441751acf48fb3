package org.disclosurewatch.fetcher.crawl;

/** Hands crawl work to the workers (the crawl-work topic, keyed by host). */
public interface CrawlWorkPublisher {
    /** Publishes and returns once the work is durable. */
    void publish(CrawlWork work) throws InterruptedException;
}
