package org.disclosurewatch.fetcher.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosurewatch.fetcher.FetcherConfig;
import org.jboss.logging.Logger;

/**
 * Issues crawl rounds on schedule when {@code dw.fetcher.planner.enabled} is true (one replica only: see the
 * README). Every {@code full-round-every}-th round reads every listing page.
 */
@ApplicationScoped
public class ScheduledPlanner {
    private static final Logger LOG = Logger.getLogger(ScheduledPlanner.class);

    private final CrawlRoundService rounds;
    private final FetcherConfig config;
    private final AtomicLong issued = new AtomicLong();

    public ScheduledPlanner(CrawlRoundService rounds, FetcherConfig config) {
        this.rounds = rounds;
        this.config = config;
    }

    @Scheduled(identity = "crawl-planner", every = "${dw.fetcher.planner.every:6h}",
            delayed = "${dw.fetcher.planner.initial-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planRound() throws InterruptedException {
        if (!config.planner().enabled()) {
            return;
        }
        boolean full = issued.getAndIncrement() % Math.max(1, config.planner().fullRoundEvery()) == 0;
        var round = rounds.issue(full);
        LOG.infof("issued crawl round %s (%s) for %d hosts", round.roundId(), full ? "full" : "new items", round.hosts().size());
    }
}
