package org.disclosurewatch.fetcher.crawl;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.disclosurewatch.contracts.events.Versioned;

/**
 * One host to crawl in one round (topic {@code dw.topics.crawl-work}, key = host). Keying by host makes the
 * partition that carries a host the unit of ownership: the replica that owns the partition crawls the host.
 *
 * @param schema   {@link #SCHEMA}
 * @param roundId  the round it belongs to
 * @param host     host key ({@code host[:port]})
 * @param full     read every listing page up to the page limit, not only up to already-seen items
 * @param issuedAt when the round was issued
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CrawlWork(String schema, String roundId, String host, boolean full, Instant issuedAt) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.crawl-work.v1";

    public static CrawlWork of(String roundId, String host, boolean full, Instant issuedAt) {
        return new CrawlWork(SCHEMA, roundId, host, full, issuedAt);
    }
}
