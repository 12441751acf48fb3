package org.disclosurewatch.fetcher.crawl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.disclosurewatch.fetcher.catalogue.Catalogue;

/** Issues crawl rounds: one {@link CrawlWork} per catalogue host. */
public final class CrawlRounds {

    /** A round that was issued. */
    public record Round(String roundId, boolean full, List<String> hosts) {
    }

    private final Catalogue catalogue;
    private final CrawlWorkPublisher publisher;
    private final Clock clock;

    public CrawlRounds(Catalogue catalogue, CrawlWorkPublisher publisher, Clock clock) {
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Round issue(boolean full) throws InterruptedException {
        String roundId = clock.instant().toString() + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> hosts = new ArrayList<>(catalogue.hosts());
        for (String host : hosts) {
            publisher.publish(CrawlWork.of(roundId, host, full, clock.instant()));
        }
        return new Round(roundId, full, List.copyOf(hosts));
    }
}
