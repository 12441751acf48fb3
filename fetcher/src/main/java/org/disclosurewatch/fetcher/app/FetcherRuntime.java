package org.disclosurewatch.fetcher.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.disclosurewatch.fetcher.FetcherConfig;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.catalogue.Catalogue;
import org.disclosurewatch.fetcher.crawl.CrawlDefaults;
import org.disclosurewatch.fetcher.crawl.CrawlSummary;
import org.disclosurewatch.fetcher.crawl.CrawlWork;
import org.disclosurewatch.fetcher.crawl.CrawlWorkConsumer;
import org.disclosurewatch.fetcher.crawl.AvailabilitySink;
import org.disclosurewatch.fetcher.crawl.DocumentSink;
import org.disclosurewatch.fetcher.crawl.HostCrawler;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.fetcher.state.KafkaFetchStateLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts the fetcher's moving parts: reads the fetch state back from its compacted topic, then (when the
 * worker is enabled) consumes crawl work and crawls the hosts it owns. Publishes the crawl gauges.
 */
@ApplicationScoped
public class FetcherRuntime {
    private static final Logger LOG = Logger.getLogger(FetcherRuntime.class);

    private final FetcherConfig config;
    private final Catalogue catalogue;
    private final PoliteFetcher fetcher;
    private final Map<String, PortalAdapter> adapters;
    private final DocumentSink sink;
    private final AvailabilitySink availability;
    private final MeterRegistry registry;
    private final Clock clock;
    private final String bootstrapServers;
    private final String stateTopic;
    private final String workTopic;
    private final String workDeadLetterTopic;
    private final AtomicReference<Instant> lastSuccessfulCrawl = new AtomicReference<>();
    private final Set<String> gaugedHosts = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> listingRead = new ConcurrentHashMap<>();
    private volatile boolean ready;
    private KafkaFetchStateLog stateLog;
    private FetchStateStore state;
    private CrawlWorkConsumer worker;
    private HostCrawler crawler;

    public FetcherRuntime(FetcherConfig config, Catalogue catalogue, PoliteFetcher fetcher,
                          Map<String, PortalAdapter> adapters, DocumentSink sink, AvailabilitySink availability,
                          MeterRegistry registry, Clock clock,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          @ConfigProperty(name = "dw.topics.fetch-state") String stateTopic,
                          @ConfigProperty(name = "dw.topics.crawl-work") String workTopic,
                          @ConfigProperty(name = "dw.topics.crawl-work-dlq") String workDeadLetterTopic) {
        this.config = config;
        this.catalogue = catalogue;
        this.fetcher = fetcher;
        this.adapters = adapters;
        this.sink = sink;
        this.availability = availability;
        this.registry = registry;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.stateTopic = stateTopic;
        this.workTopic = workTopic;
        this.workDeadLetterTopic = workDeadLetterTopic;
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        LOG.infof("catalogue: %d portals on %d hosts", catalogue.portals().size(), catalogue.hosts().size());
        Gauge.builder("dw.fetcher.last.successful.crawl.age", this, FetcherRuntime::secondsSinceLastSuccess)
                .description("Seconds since this replica last finished a host crawl without failures (-1: never)")
                .baseUnit("seconds").register(registry);
        if (!config.worker().enabled()) {
            ready = true;
            return;
        }
        org.eclipse.microprofile.config.Config mp = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        Map<String, String> connection = new java.util.TreeMap<>(KafkaConnection.select(mp.getPropertyNames(),
                n -> mp.getOptionalValue(n, String.class).orElse(null)));
        connection.put("bootstrap.servers", bootstrapServers);
        Map<String, String> group = new java.util.TreeMap<>();
        group.put("group.id", config.worker().groupId());
        config.worker().groupInstanceId().ifPresent(id -> group.put("group.instance.id", id));
        config.worker().clientId().ifPresent(id -> group.put("client.id", id));
        stateLog = new KafkaFetchStateLog(connection, stateTopic, config.worker().stateLoadTimeout());
        state = new FetchStateStore(stateLog);
        stateLog.start(state::apply);
        LOG.infof("fetch state read back: %d documents known", state.size());
        crawler = new HostCrawler(fetcher, adapters, state, sink, availability,
                new CrawlDefaults(config.http().delay(), config.http().maxPages(), config.retry().deadLink()), clock);
        worker = new CrawlWorkConsumer(connection, group, workTopic, workDeadLetterTopic,
                config.worker().parallelHosts(), this::crawl);
        worker.start();
        ready = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        ready = false;
        if (worker != null) {
            worker.close();
        }
        if (stateLog != null) {
            stateLog.close();
        }
    }

    private void crawl(CrawlWork work, BooleanSupplier abort) throws Exception {
        if (!catalogue.allows(work.host())) {
            LOG.warnf("crawl work for %s ignored: host not in the catalogue", work.host());
            return;
        }
        gaugeQueue(work.host());
        stateLog.awaitCaughtUp();
        long started = System.nanoTime();
        CrawlSummary s = crawler.crawl(work.host(), catalogue.portalsOn(work.host()), work.full(), abort);
        LOG.infof("crawled %s (round %s) in %d ms: %s", work.host(), work.roundId(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), s);
        if (s.failed() == 0) {
            lastSuccessfulCrawl.set(clock.instant());
        }
        gaugeListingRead(work.host(), s.listingsRead());
    }

    private void gaugeListingRead(String host, boolean read) {
        AtomicInteger value = listingRead.computeIfAbsent(host, h -> {
            AtomicInteger v = new AtomicInteger();
            Gauge.builder("dw.fetcher.listing.read", v, AtomicInteger::get)
                    .description("1 when the last crawl of a host read every listing of it, 0 when a listing could not be read")
                    .tag("host", h).register(registry);
            return v;
        });
        value.set(read ? 1 : 0);
    }

    private void gaugeQueue(String host) {
        if (gaugedHosts.add(host)) {
            Gauge.builder("dw.fetcher.host.queue.depth", worker, w -> w.queueDepth().getOrDefault(host, 0))
                    .description("Crawl work queued or running in this replica for a host")
                    .tag("host", host).register(registry);
        }
    }

    private double secondsSinceLastSuccess() {
        Instant last = lastSuccessfulCrawl.get();
        return last == null ? -1 : Duration.between(last, clock.instant()).toSeconds();
    }

    /** Whether the catalogue is loaded and the fetch state has been read back. */
    public boolean ready() {
        return ready;
    }

    /** The fetch state this replica knows (null until started or when the worker is disabled). */
    public FetchStateStore state() {
        return state;
    }
}
