package org.disclosurewatch.fetcher.app;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurewatch.fetcher.FetcherConfig;
import org.disclosurewatch.fetcher.adapter.Adapters;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.catalogue.Catalogue;
import org.disclosurewatch.fetcher.catalogue.CatalogueLoader;
import org.disclosurewatch.fetcher.http.FetchMetrics;
import org.disclosurewatch.fetcher.http.HostPacer;
import org.disclosurewatch.fetcher.http.HttpSettings;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.http.UrlGuard;

/** Builds the fetcher's plain domain objects from configuration. */
@ApplicationScoped
public class FetcherBeans {

    /** The shipped CMS families ({@link Adapters#shipped()}) and any further {@code PortalAdapter} bean. */
    @Produces
    @Singleton
    Map<String, PortalAdapter> adapters(Instance<PortalAdapter> beans) {
        Map<String, PortalAdapter> byName = new LinkedHashMap<>(Adapters.byName(Adapters.shipped()));
        beans.forEach(a -> byName.put(a.name(), a));
        return Map.copyOf(byName);
    }

    /** The catalogue, validated when the service starts (a bad entry stops start-up with its name). */
    @Produces
    @Singleton
    Catalogue catalogue(FetcherConfig config, Map<String, PortalAdapter> adapters) {
        return new CatalogueLoader(adapters.keySet()).load(config.catalogue());
    }

    @Produces
    @Singleton
    FetchMetrics fetchMetrics(MeterRegistry registry) {
        return new FetchMetrics(registry);
    }

    @Produces
    @Singleton
    PoliteFetcher politeFetcher(FetcherConfig config, Catalogue catalogue, FetchMetrics metrics) {
        return new PoliteFetcher(HttpSettings.from(config), new UrlGuard(catalogue::allows, config.allowLoopback()),
                new HostPacer(), metrics);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
