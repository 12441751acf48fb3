package org.disclosurewatch.fetcher.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.disclosurewatch.fetcher.adapter.ReportLink;
import org.disclosurewatch.fetcher.date.PublicationDate;

/** Hears what a crawl does, step by step (the portal check prints it); every method does nothing by default. */
public interface CrawlObserver {
    CrawlObserver NONE = new CrawlObserver() {
    };

    /** A listing page (or list-endpoint page) was read. */
    default void listingPage(URI url, int reportLinks, List<URI> nextPages) {
    }

    /** A listing page could not be read. */
    default void listingUnread(URI url, String reason) {
    }

    /** A report was read: its date decision and its attachments. */
    default void report(ReportLink link, PublicationDate date, List<URI> attachments) {
    }

    /** A linked report or attachment answered 404/410 (or is resting until {@code retryAt}). */
    default void deadLink(URI url, int status, Instant retryAt) {
    }

    /** A linked report could not be fetched for another reason. */
    default void failed(URI url, String reason) {
    }
}
