package org.disclosurewatch.fetcher.check;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurewatch.fetcher.FetcherConfig;
import org.disclosurewatch.fetcher.adapter.Adapters;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.catalogue.Catalogue;
import org.disclosurewatch.fetcher.catalogue.CatalogueException;
import org.disclosurewatch.fetcher.catalogue.CatalogueLoader;
import org.disclosurewatch.fetcher.catalogue.HostKey;
import org.disclosurewatch.fetcher.catalogue.Listing;
import org.disclosurewatch.fetcher.catalogue.Portal;
import org.disclosurewatch.fetcher.crawl.CrawlDefaults;
import org.disclosurewatch.fetcher.crawl.CrawlSummary;
import org.disclosurewatch.fetcher.crawl.HostCrawler;
import org.disclosurewatch.fetcher.http.CharsetDetector;
import org.disclosurewatch.fetcher.http.FetchMetrics;
import org.disclosurewatch.fetcher.http.FetchResult;
import org.disclosurewatch.fetcher.http.HostPacer;
import org.disclosurewatch.fetcher.http.HttpSettings;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.http.UrlGuard;
import org.disclosurewatch.fetcher.http.Validators;
import org.disclosurewatch.fetcher.state.FetchState;
import org.disclosurewatch.fetcher.state.FetchStateLog;
import org.disclosurewatch.fetcher.state.FetchStateStore;

/**
 * {@code ./dw portal-check URL} / {@code ./dw portal-check --catalogue FILE}: shows what the crawler would do on a
 * portal (robots.txt verdict, listing pages read, report links with year, publication date and its source,
 * attachments, dead links) with the fetcher's politeness, without emitting or remembering anything.
 */
public final class PortalCheck {
    private static final String USAGE = """
            usage: portal-check [options] URL           check one listing URL as copied from the browser
                   portal-check [options] --catalogue FILE [--portal ID]
            options:
              --adapter NAME     read with this adapter (default: the family the listing page looks like)
              --allow-loopback   allow 127.0.0.1 / localhost (a local replica portal)
              --max-pages N      listing pages per listing (default: the fetcher's)
              --delay DURATION   pause between requests, e.g. 500ms, 2s (default: the fetcher's)
            """;

    private final PrintStream out;

    PortalCheck(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            System.exit(new PortalCheck(out).run(Options.parse(args)));
        } catch (IllegalArgumentException | CatalogueException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            System.exit(2);
        }
    }

    /** The options of one check. */
    record Options(String url, String catalogue, String portal, String adapter, boolean allowLoopback,
                   Integer maxPages, Duration delay) {
        static Options parse(String[] args) {
            String url = null;
            String catalogue = null;
            String portal = null;
            String adapter = null;
            boolean loopback = false;
            Integer maxPages = null;
            Duration delay = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--catalogue" -> catalogue = value(args, ++i, a);
                    case "--portal" -> portal = value(args, ++i, a);
                    case "--adapter" -> adapter = value(args, ++i, a);
                    case "--allow-loopback" -> loopback = true;
                    case "--max-pages" -> maxPages = Integer.parseInt(value(args, ++i, a));
                    case "--delay" -> delay = parseDuration(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--") || url != null) {
                            throw new IllegalArgumentException("unexpected argument: " + a);
                        }
                        url = a;
                    }
                }
            }
            if ((url == null) == (catalogue == null)) {
                throw new IllegalArgumentException("give a listing URL or --catalogue FILE");
            }
            return new Options(url, catalogue, portal, adapter, loopback, maxPages, delay);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static Duration parseDuration(String s) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(s.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("--delay '" + s + "' is not a duration such as 500ms or 2s");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }

    int run(Options o) throws InterruptedException {
        FetcherConfig config = defaults();
        Map<String, PortalAdapter> adapters = Adapters.byName(Adapters.shipped());
        CatalogueLoader loader = new CatalogueLoader(adapters.keySet());
        List<Portal> portals = new ArrayList<>();
        Catalogue catalogue;
        if (o.catalogue() != null) {
            catalogue = loader.load(o.catalogue());
            for (Portal p : catalogue.portals()) {
                if (o.portal() == null || o.portal().equals(p.id())) {
                    portals.add(p);
                }
            }
            if (portals.isEmpty()) {
                throw new IllegalArgumentException("no portal '" + o.portal() + "' in " + o.catalogue());
            }
        } else {
            URI url = URI.create(o.url().strip());
            if (url.getHost() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new IllegalArgumentException("'" + o.url() + "' is not an http(s) URL");
            }
            if (url.getRawPath() == null || url.getRawPath().isEmpty()) {
                url = url.resolve("/");
            }
            portals.add(new Portal("check", HostKey.of(url), o.adapter() == null ? "generic" : o.adapter(), false,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Listing(url, null))));
            catalogue = new Catalogue(portals);
        }
        if (o.adapter() != null && !adapters.containsKey(o.adapter())) {
            throw new IllegalArgumentException("adapter '" + o.adapter() + "' is unknown; known: " + adapters.keySet());
        }
        Catalogue allowed = catalogue;
        PoliteFetcher fetcher = new PoliteFetcher(HttpSettings.from(config),
                new UrlGuard(allowed::allows, o.allowLoopback()), new HostPacer(), new FetchMetrics(new SimpleMeterRegistry()));
        Duration delay = o.delay() != null ? o.delay() : config.http().delay();
        int maxPages = o.maxPages() != null ? o.maxPages() : config.http().maxPages();
        int problems = 0;
        for (Portal portal : portals) {
            problems += check(portal, o, adapters, fetcher, delay, maxPages);
        }
        return problems == 0 ? 0 : 1;
    }

    private int check(Portal portal, Options o, Map<String, PortalAdapter> adapters, PoliteFetcher fetcher,
                      Duration delay, int maxPages) throws InterruptedException {
        Duration portalDelay = o.delay() != null ? delay : portal.delay().orElse(delay);
        Listing first = portal.listings().get(0);
        out.println("portal " + portal.id() + " (" + portal.host() + ")");
        PoliteFetcher.RobotsVerdict robots = fetcher.robotsVerdict(first.url(), portalDelay);
        out.println("  robots.txt  " + robots.robotsUrl() + ": " + (robots.allowed() ? "allows" : "DISALLOWS")
                + " " + first.url() + (robots.crawlDelayMillis() > 0 ? ", Crawl-delay " + robots.crawlDelayMillis() + " ms" : ""));
        String adapterName = portal.adapter();
        if (o.catalogue() == null && o.adapter() == null) {
            FetchResult r = fetcher.fetch(first.url(), Validators.NONE, portalDelay);
            if (r.fetched()) {
                String html = new String(r.body(), CharsetDetector.detect(r.contentType(), r.body()));
                adapterName = Adapters.recognise(adapters, r.finalUri(), html).name();
                out.println("  adapter     " + adapterName + " (recognised from the listing page)");
                if (html.contains("dataproxy.jsp") || html.contains("<totalrecord>") || html.contains("EWB-FRONT/rest")) {
                    out.println("  note        the page fills its list by script from a list endpoint: only what the page"
                            + " itself holds is read; declare the endpoint as the listing's list-api in a catalogue"
                            + " entry and check it with --catalogue");
                }
            }
        } else {
            out.println("  adapter     " + adapterName);
        }
        Portal checked = new Portal(portal.id(), portal.region(), adapterName, portal.verified(), Optional.of(portalDelay),
                Optional.of(o.maxPages() != null ? maxPages : portal.maxPages().orElse(maxPages)), portal.notBefore(),
                portal.listings(), portal.overrides());
        CheckReport report = new CheckReport(out);
        HostCrawler crawler = new HostCrawler(fetcher, adapters, new FetchStateStore(new NoStateLog()), d -> {
        }, new CrawlDefaults(portalDelay, maxPages), Clock.systemUTC()).dryRun(report);
        CrawlSummary s;
        try {
            s = crawler.crawl(portal.host(), List.of(checked), true, () -> false);
        } catch (org.disclosurewatch.fetcher.crawl.CrawlAbortedException e) {
            throw new IllegalStateException(e);
        }
        out.printf("  summary     %d listing pages read, %d reports, %d attachments, %d dead links, %d failed fetches%s;"
                        + " nothing emitted%n", s.listingPages(), report.reports, report.attachments, s.deadLinks(), s.failed(),
                s.listingsRead() ? "" : ", LISTING NOT READ");
        return s.listingsRead() && report.reports > 0 ? 0 : 1;
    }

    private static FetcherConfig defaults() {
        SmallRyeConfig c = new SmallRyeConfigBuilder().addDefaultSources()
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withMapping(FetcherConfig.class).build();
        return c.getConfigMapping(FetcherConfig.class);
    }

    /** Nothing is remembered by a check. */
    private static final class NoStateLog implements FetchStateLog {
        @Override
        public void append(FetchState state) {
        }

        @Override
        public void awaitCaughtUp() {
        }
    }
}
