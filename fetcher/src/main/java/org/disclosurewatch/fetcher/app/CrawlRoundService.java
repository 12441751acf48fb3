package org.disclosurewatch.fetcher.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.disclosurewatch.fetcher.catalogue.Catalogue;
import org.disclosurewatch.fetcher.crawl.CrawlRounds;
import org.disclosurewatch.fetcher.crawl.CrawlWorkPublisher;

/** Issues crawl rounds (scheduled or on demand). */
@ApplicationScoped
public class CrawlRoundService {
    private final CrawlRounds rounds;

    public CrawlRoundService(Catalogue catalogue, CrawlWorkPublisher publisher, Clock clock) {
        this.rounds = new CrawlRounds(catalogue, publisher, clock);
    }

    public CrawlRounds.Round issue(boolean full) throws InterruptedException {
        return rounds.issue(full);
    }
}
