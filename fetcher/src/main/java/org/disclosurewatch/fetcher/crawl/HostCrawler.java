package org.disclosurewatch.fetcher.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.adapter.AgencyHint;
import org.disclosurewatch.fetcher.adapter.ListingPage;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.adapter.ReportLink;
import org.disclosurewatch.fetcher.adapter.ReportPage;
import org.disclosurewatch.fetcher.catalogue.HostKey;
import org.disclosurewatch.fetcher.catalogue.Listing;
import org.disclosurewatch.fetcher.catalogue.Portal;
import org.disclosurewatch.fetcher.http.CharsetDetector;
import org.disclosurewatch.fetcher.http.FetchResult;
import org.disclosurewatch.fetcher.http.Outcome;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.http.Validators;
import org.disclosurewatch.fetcher.state.FetchState;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.jboss.logging.Logger;

/**
 * Crawls the listings a host carries: reads listing pages newest first, fetches each report page (conditional
 * GET when it was fetched before) and its attachments, and emits what is new or changed. Paging stops at a
 * page with nothing new (unless the round is full), at the date watermark, or at the page limit.
 */
public final class HostCrawler {
    private static final Logger LOG = Logger.getLogger(HostCrawler.class);

    private final PoliteFetcher fetcher;
    private final Map<String, PortalAdapter> adapters;
    private final FetchStateStore state;
    private final DocumentSink sink;
    private final CrawlDefaults defaults;
    private final Clock clock;

    public HostCrawler(PoliteFetcher fetcher, Map<String, PortalAdapter> adapters, FetchStateStore state,
                       DocumentSink sink, CrawlDefaults defaults, Clock clock) {
        this.fetcher = fetcher;
        this.adapters = Map.copyOf(adapters);
        this.state = state;
        this.sink = sink;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Crawls every listing of {@code portals} that sits on {@code host}. */
    public CrawlSummary crawl(String host, List<Portal> portals, boolean full, BooleanSupplier abort)
            throws InterruptedException, CrawlAbortedException {
        Tally tally = new Tally(host, abort);
        for (Portal portal : portals) {
            PortalAdapter adapter = adapters.get(portal.adapter());
            Duration delay = portal.delay().orElse(defaults.delay());
            int maxPages = portal.maxPages().orElse(defaults.maxPages());
            for (Listing listing : portal.listings()) {
                if (HostKey.of(listing.url()).equals(host)) {
                    crawlListing(portal, listing, adapter, delay, maxPages, full, tally);
                }
            }
        }
        return new CrawlSummary(tally.pages, tally.emitted, tally.unchanged, tally.failed);
    }

    private void crawlListing(Portal portal, Listing listing, PortalAdapter adapter, Duration delay, int maxPages,
                              boolean full, Tally tally) throws InterruptedException, CrawlAbortedException {
        Set<URI> seenThisRound = new HashSet<>();
        Optional<LocalDate> watermark = portal.notBefore();
        for (int page = 0; page < maxPages; page++) {
            tally.checkAbort();
            URI pageUrl = adapter.listingPage(listing.url(), page);
            FetchResult r = fetcher.fetch(pageUrl, Validators.NONE, delay);
            if (!r.fetched()) {
                if (!(page > 0 && r.outcome() == Outcome.CLIENT_ERROR)) {
                    tally.failed++;
                }
                return;
            }
            tally.pages++;
            ListingPage lp = adapter.readListing(r.finalUri(), decode(r), page);
            boolean anyNew = false;
            boolean allBeforeWatermark = !lp.reports().isEmpty();
            for (ReportLink link : lp.reports()) {
                if (!seenThisRound.add(link.canonicalUrl())) {
                    continue;
                }
                if (watermark.isPresent() && link.publishedOn() != null && link.publishedOn().isBefore(watermark.get())) {
                    continue;
                }
                allBeforeWatermark = false;
                if (!state.knows(link.canonicalUrl().toString())) {
                    anyNew = true;
                }
                crawlReport(portal, listing, adapter, link, delay, tally);
            }
            if (!lp.hasNextPage() || allBeforeWatermark || (!full && !anyNew)) {
                return;
            }
        }
    }

    private void crawlReport(Portal portal, Listing listing, PortalAdapter adapter, ReportLink link, Duration delay,
                             Tally tally) throws InterruptedException, CrawlAbortedException {
        tally.checkAbort();
        String key = link.canonicalUrl().toString();
        Optional<FetchState> prior = state.get(key);
        Validators validators = prior.filter(FetchState::complete)
                .map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        FetchResult r = fetcher.fetch(link.url(), validators, delay);
        if (r.outcome() == Outcome.NOT_MODIFIED) {
            tally.unchanged++;
            return;
        }
        if (!r.fetched()) {
            tally.failed++;
            return;
        }
        String agency = listing.body() != null ? listing.body() : AgencyHint.fromTitle(link.title());
        ReportPage page = CharsetDetector.isText(r.contentType())
                ? adapter.readReport(r.finalUri(), decode(r))
                : new ReportPage(link.publishedOn(), List.of());
        LocalDate publishedOn = page.publishedOn() != null ? page.publishedOn() : link.publishedOn();
        boolean emitted = emitIfChanged(key, key, r, portal, agency, publishedOn, prior);
        boolean complete = true;
        for (URI attachment : page.attachments()) {
            complete &= crawlAttachment(attachment, key, portal, agency, publishedOn, adapter, delay, tally);
        }
        state.record(FetchState.of(key, key, r.finalUri().toString(), r.etag(), r.lastModified(),
                FetchedDocument.sha256(r.body()), clock.instant(), complete));
        tally.count(emitted);
    }

    private boolean crawlAttachment(URI url, String filingUrl, Portal portal, String agency, LocalDate publishedOn,
                                    PortalAdapter adapter, Duration delay, Tally tally) throws InterruptedException {
        String key = adapter.canonical(url).toString();
        Optional<FetchState> prior = state.get(key);
        Validators validators = prior.map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        FetchResult r = fetcher.fetch(url, validators, delay);
        if (r.outcome() == Outcome.NOT_MODIFIED) {
            tally.unchanged++;
            return true;
        }
        if (!r.fetched()) {
            tally.failed++;
            // retried next round only when the failure may be temporary
            return r.outcome() != Outcome.FAILED;
        }
        boolean emitted = emitIfChanged(key, filingUrl, r, portal, agency, publishedOn, prior);
        state.record(FetchState.of(key, filingUrl, r.finalUri().toString(), r.etag(), r.lastModified(),
                FetchedDocument.sha256(r.body()), clock.instant(), true));
        tally.count(emitted);
        return true;
    }

    private boolean emitIfChanged(String key, String filingUrl, FetchResult r, Portal portal, String agency,
                                  LocalDate publishedOn, Optional<FetchState> prior) throws InterruptedException {
        String sha = FetchedDocument.sha256(r.body());
        if (prior.isPresent() && sha.equals(prior.get().sha256())) {
            return false;
        }
        String charset = CharsetDetector.isText(r.contentType())
                ? CharsetDetector.detect(r.contentType(), r.body()).name() : null;
        FetchedDocument doc = FetchedDocument.of(r.finalUri().toString(), filingUrl, portal.id(), agency, publishedOn,
                clock.instant(), r.contentType(), charset, r.body());
        sink.emit(doc);
        LOG.infof("emitted %s (%s, %d bytes)%s", r.finalUri(), key, r.body().length,
                prior.isPresent() ? " as a new version" : "");
        return true;
    }

    private static String decode(FetchResult r) {
        Charset cs = CharsetDetector.detect(r.contentType(), r.body());
        return new String(r.body(), cs);
    }

    private static final class Tally {
        final String host;
        final BooleanSupplier abort;
        int pages;
        int emitted;
        int unchanged;
        int failed;

        Tally(String host, BooleanSupplier abort) {
            this.host = host;
            this.abort = abort;
        }

        void count(boolean wasEmitted) {
            if (wasEmitted) {
                emitted++;
            } else {
                unchanged++;
            }
        }

        void checkAbort() throws CrawlAbortedException {
            if (abort.getAsBoolean()) {
                throw new CrawlAbortedException(host);
            }
        }
    }
}
