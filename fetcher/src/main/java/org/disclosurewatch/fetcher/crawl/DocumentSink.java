package org.disclosurewatch.fetcher.crawl;

import org.disclosurewatch.contracts.events.FetchedDocument;

/** Where fetched documents go (the documents topic, keyed by canonical URL). */
public interface DocumentSink {
    /** Emits and returns once the document is durable. */
    void emit(FetchedDocument document) throws InterruptedException;
}
