package org.disclosurewatch.fetcher.crawl;

/** A host crawl stopped early because this replica no longer owns the host. */
public class CrawlAbortedException extends Exception {
    public CrawlAbortedException(String host) {
        super("crawl of " + host + " stopped: host handed to another replica");
    }
}
