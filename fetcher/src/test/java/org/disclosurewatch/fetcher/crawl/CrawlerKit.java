package org.disclosurewatch.fetcher.crawl;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.adapter.Adapters;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.catalogue.Catalogue;
import org.disclosurewatch.fetcher.catalogue.CatalogueLoader;
import org.disclosurewatch.fetcher.http.FetchMetrics;
import org.disclosurewatch.fetcher.http.HostPacer;
import org.disclosurewatch.fetcher.http.HttpSettings;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.http.UrlGuard;
import org.disclosurewatch.fetcher.state.FetchState;
import org.disclosurewatch.fetcher.state.FetchStateLog;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.testkit.portal.ReplicaPortal;

/** Builds a crawler the way the service does, with short delays, against a replica portal's catalogue. */
final class CrawlerKit {
    static final HttpSettings SETTINGS = new HttpSettings("DisclosureWatch/0.1 (+https://disclosure-watch.org/crawler)",
            Duration.ofSeconds(1), Duration.ofMillis(800), 3, 100_000, Duration.ofHours(1), Duration.ofSeconds(1), 3,
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2));
    static final Map<String, PortalAdapter> ADAPTERS = Adapters.byName(Adapters.shipped());

    /** Documents emitted, in order. */
    static final class CollectingSink implements DocumentSink {
        final List<FetchedDocument> documents = new CopyOnWriteArrayList<>();

        @Override
        public void emit(FetchedDocument document) {
            documents.add(document);
        }
    }

    /** A state log kept in memory (the Kafka one is tested in its own test). */
    static final class MemoryStateLog implements FetchStateLog {
        final List<FetchState> written = new CopyOnWriteArrayList<>();

        @Override
        public void append(FetchState state) {
            written.add(state);
        }

        @Override
        public void awaitCaughtUp() {
        }
    }

    final Catalogue catalogue;
    final FetchMetrics metrics = new FetchMetrics(new SimpleMeterRegistry());
    final PoliteFetcher fetcher;

    CrawlerKit(ReplicaPortal portal, Duration delay) {
        this(portal.catalogueYaml(delay));
    }

    CrawlerKit(String catalogueYaml) {
        this.catalogue = new CatalogueLoader(ADAPTERS.keySet()).parse(catalogueYaml, "replica");
        this.fetcher = new PoliteFetcher(SETTINGS, new UrlGuard(catalogue::allows, true), new HostPacer(), metrics);
    }

    HostCrawler crawler(FetchStateStore state, DocumentSink sink) {
        return crawler(state, sink, new CrawlDefaults(Duration.ofMillis(10), 20));
    }

    HostCrawler crawler(FetchStateStore state, DocumentSink sink, CrawlDefaults defaults) {
        return new HostCrawler(fetcher, ADAPTERS, state, sink, defaults, Clock.systemUTC());
    }

    CrawlSummary crawl(HostCrawler crawler, String host, boolean full) throws Exception {
        return crawler.crawl(host, catalogue.portalsOn(host), full, () -> false);
    }
}
