package org.disclosurewatch.fetcher.crawl;

import org.disclosurewatch.contracts.events.FilingAvailability;

/** Where withdrawals and restorations of filings go (the availability topic, keyed by the report's canonical URL). */
public interface AvailabilitySink {
    /** Emits and returns once the record is durable. */
    void emit(FilingAvailability event) throws InterruptedException;
}
