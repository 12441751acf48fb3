package org.disclosurewatch.fetcher.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.fetcher.availability.WithdrawalRule;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.PortalRound;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.Seen;
import org.disclosurewatch.fetcher.adapter.AdapterRules;
import org.disclosurewatch.fetcher.adapter.AgencyHint;
import org.disclosurewatch.fetcher.adapter.ListApi;
import org.disclosurewatch.fetcher.adapter.ListApiReader;
import org.disclosurewatch.fetcher.adapter.ListingPage;
import org.disclosurewatch.fetcher.adapter.PortalAdapter;
import org.disclosurewatch.fetcher.adapter.PortalReader;
import org.disclosurewatch.fetcher.adapter.ReportLink;
import org.disclosurewatch.fetcher.adapter.ReportPage;
import org.disclosurewatch.fetcher.catalogue.HostKey;
import org.disclosurewatch.fetcher.catalogue.Listing;
import org.disclosurewatch.fetcher.catalogue.Portal;
import org.disclosurewatch.fetcher.date.DateCandidate;
import org.disclosurewatch.fetcher.date.PublicationDate;
import org.disclosurewatch.fetcher.date.PublicationDates;
import org.disclosurewatch.fetcher.http.CharsetDetector;
import org.disclosurewatch.fetcher.http.FetchResult;
import org.disclosurewatch.fetcher.http.Outcome;
import org.disclosurewatch.fetcher.http.PoliteFetcher;
import org.disclosurewatch.fetcher.http.Validators;
import org.disclosurewatch.fetcher.state.FetchState;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.jboss.logging.Logger;

/**
 * Crawls the listings a host carries: reads each listing from the URL the catalogue gives (exactly as given),
 * follows the further pages the pages name (or the catalogue's paging template) and the declared list endpoint,
 * fetches each report (conditional GET when it was fetched before) and its attachments, decides the
 * publication date ({@link PublicationDates}) and emits what is new or changed. Paging stops at a page with
 * nothing new (unless the round is full), at the date watermark, or at the page limit. A report or attachment
 * that answers 404/410 is a dead link: recorded, asked for again only after {@link CrawlDefaults#deadLinkRetry()},
 * and not a failure of the portal.
 *
 * <p>With an {@link AvailabilitySink}, the crawler also keeps, per report page, where it is listed and whether it
 * is gone from its portal ({@link WithdrawalRule}): after all listings of a portal on the host were crawled, each
 * report the portal listed before is observed (answered, 404/410, absent from a listing read to its end, or
 * nothing to say when the portal could not be read) and a withdrawal or restoration is emitted when the rule
 * decides one. A report page that answered 404/410 once is asked again on the next round, despite the dead-link
 * rest while it is listed, so that a second round can confirm it and one that answers again is restored at once.
 */
public final class HostCrawler {
    private static final Logger LOG = Logger.getLogger(HostCrawler.class);

    private final PoliteFetcher fetcher;
    private final Map<String, PortalAdapter> adapters;
    private final FetchStateStore state;
    private final DocumentSink sink;
    private final CrawlDefaults defaults;
    private final Clock clock;
    private final CrawlObserver observer;
    private final boolean dryRun;
    private final AvailabilitySink availability;

    /** A crawler that does not track whether reports are withdrawn. */
    public HostCrawler(PoliteFetcher fetcher, Map<String, PortalAdapter> adapters, FetchStateStore state,
                       DocumentSink sink, CrawlDefaults defaults, Clock clock) {
        this(fetcher, adapters, state, sink, defaults, clock, CrawlObserver.NONE, false, null);
    }

    /** A crawler that also tracks withdrawn reports and emits their withdrawals and restorations to {@code availability}. */
    public HostCrawler(PoliteFetcher fetcher, Map<String, PortalAdapter> adapters, FetchStateStore state,
                       DocumentSink sink, AvailabilitySink availability, CrawlDefaults defaults, Clock clock) {
        this(fetcher, adapters, state, sink, defaults, clock, CrawlObserver.NONE, false, availability);
    }

    private HostCrawler(PoliteFetcher fetcher, Map<String, PortalAdapter> adapters, FetchStateStore state,
                        DocumentSink sink, CrawlDefaults defaults, Clock clock, CrawlObserver observer, boolean dryRun,
                        AvailabilitySink availability) {
        this.availability = availability;
        this.fetcher = fetcher;
        this.adapters = Map.copyOf(adapters);
        this.state = state;
        this.sink = sink;
        this.defaults = defaults;
        this.clock = clock;
        this.observer = observer;
        this.dryRun = dryRun;
    }

    /**
     * A crawler that reads listings and report pages as this one does and tells {@code observer}, but emits
     * nothing, records no state and fetches no attachments.
     */
    public HostCrawler dryRun(CrawlObserver observer) {
        return new HostCrawler(fetcher, adapters, state, sink, defaults, clock, observer, true, null);
    }

    /** The rules a listing is read with: its adapter's, changed by the portal entry, then by the listing entry. */
    public static AdapterRules rules(PortalAdapter adapter, Portal portal, Listing listing) {
        return portal.overrides().then(listing.overrides()).applyTo(adapter.rules());
    }

    /** Crawls every listing of {@code portals} that sits on {@code host}. */
    public CrawlSummary crawl(String host, List<Portal> portals, boolean full, BooleanSupplier abort)
            throws InterruptedException, CrawlAbortedException {
        Tally tally = new Tally(host, abort);
        for (Portal portal : portals) {
            PortalAdapter adapter = adapters.get(portal.adapter());
            Duration delay = portal.delay().orElse(defaults.delay());
            int maxPages = portal.maxPages().orElse(defaults.maxPages());
            RoundSeen round = new RoundSeen();
            for (Listing listing : portal.listings()) {
                if (HostKey.of(listing.url()).equals(host)) {
                    ListingCrawl lc = new ListingCrawl(portal, listing, new PortalReader(rules(adapter, portal, listing)),
                            delay, maxPages, full, tally, round);
                    lc.run();
                    round.listingDone(listing.url().toString(), lc.listingRead, lc.complete);
                }
            }
            if (tracking() && !round.listings.isEmpty()) {
                settleAvailability(portal, round);
            }
        }
        return new CrawlSummary(tally.pages, tally.emitted, tally.unchanged, tally.failed, tally.listingsUnread,
                tally.dead);
    }

    /** One listing in one round. */
    private final class ListingCrawl {
        final Portal portal;
        final Listing listing;
        final PortalReader reader;
        final Duration delay;
        final int maxPages;
        final boolean full;
        final Tally tally;
        final Set<URI> seenThisRound = new HashSet<>();
        final Optional<LocalDate> watermark;
        final RoundSeen round;
        int pagesRead;
        boolean listingRead;
        /** Whether the listing was read to its end this round (so a report absent from it is gone from it). */
        boolean complete;

        ListingCrawl(Portal portal, Listing listing, PortalReader reader, Duration delay, int maxPages, boolean full,
                     Tally tally, RoundSeen round) {
            this.round = round;
            this.portal = portal;
            this.listing = listing;
            this.reader = reader;
            this.delay = delay;
            this.maxPages = maxPages;
            this.full = full;
            this.tally = tally;
            this.watermark = portal.notBefore();
        }

        void run() throws InterruptedException, CrawlAbortedException {
            boolean goOn = readPages();
            if (goOn && listing.listApi().isPresent()) {
                complete = complete && readListApi(listing.listApi().get());
            } else if (!goOn) {
                complete = complete && listing.listApi().isEmpty();
            }
            if (!listingRead) {
                tally.listingsUnread++;
            }
        }

        /** Reads the listing's pages; false when paging stopped because nothing further is wanted. */
        private boolean readPages() throws InterruptedException, CrawlAbortedException {
            Deque<URI> queue = new ArrayDeque<>();
            Set<URI> queued = new HashSet<>();
            queue.add(listing.url());
            queued.add(listing.url());
            queued.add(reader.canonical(listing.url()));
            int templateIndex = 0;
            boolean first = true;
            while (!queue.isEmpty() && pagesRead < maxPages) {
                tally.checkAbort();
                URI pageUrl = queue.poll();
                FetchResult r = fetcher.fetch(pageUrl, Validators.NONE, delay);
                if (!r.fetched()) {
                    observer.listingUnread(pageUrl, r.reason());
                    // a later page that is gone (the portal's last page moved) is the end of the listing
                    if (first || r.outcome() != Outcome.CLIENT_ERROR) {
                        tally.failed++;
                    }
                    complete = !first && r.outcome() == Outcome.CLIENT_ERROR && queue.isEmpty();
                    return !first;
                }
                first = false;
                listingRead = true;
                pagesRead++;
                tally.pages++;
                ListingPage lp = reader.readListing(r.finalUri(), decode(r));
                observer.listingPage(pageUrl, lp.reports().size(), lp.nextPages());
                if (!handle(lp.reports())) {
                    // stopped early: read to its end only when no further page was queued or named
                    complete = queue.isEmpty() && (reader.rules().paging().discovers()
                            ? lp.nextPages().stream().allMatch(n -> queued.contains(n) || queued.contains(reader.canonical(n)))
                            : lp.reports().isEmpty());
                    return false;
                }
                if (reader.rules().paging().discovers()) {
                    for (URI next : lp.nextPages()) {
                        URI canonical = reader.canonical(next);
                        if (!queued.contains(next) && !queued.contains(canonical)) {
                            queued.add(next);
                            queued.add(canonical);
                            queue.add(next);
                        }
                    }
                } else if (!lp.reports().isEmpty()) {
                    URI next = reader.rules().paging().page(listing.url(), templateIndex++);
                    if (queued.add(next)) {
                        queue.add(next);
                    }
                }
            }
            complete = queue.isEmpty();
            return true;
        }

        /** Reads the list endpoint; true when it was read to its end. */
        private boolean readListApi(ListApi api) throws InterruptedException, CrawlAbortedException {
            for (int index = 0; pagesRead < maxPages; index++) {
                tally.checkAbort();
                URI url = api.page(listing.url(), index);
                FetchResult r = fetcher.fetch(url, Validators.NONE, delay);
                if (!r.fetched()) {
                    observer.listingUnread(url, r.reason());
                    if (index == 0 || r.outcome() != Outcome.CLIENT_ERROR) {
                        tally.failed++;
                    }
                    return index > 0 && r.outcome() == Outcome.CLIENT_ERROR;
                }
                ListApiReader.ApiPage page;
                try {
                    page = ListApiReader.read(api, reader, listing.url(), decode(r));
                } catch (IOException | RuntimeException e) {
                    observer.listingUnread(url, e.getMessage());
                    LOG.warnf("list endpoint %s of %s: %s", url, portal.id(), e.getMessage());
                    tally.failed++;
                    return false;
                }
                listingRead = true;
                pagesRead++;
                tally.pages++;
                observer.listingPage(url, page.reports().size(), List.of());
                if (page.items() == 0) {
                    return true;
                }
                if (!handle(page.reports())) {
                    return false;
                }
            }
            return false;
        }

        /** Crawls a page's reports; false when paging should stop here. */
        private boolean handle(List<ReportLink> reports) throws InterruptedException, CrawlAbortedException {
            boolean anyNew = false;
            boolean anyFresh = false;
            boolean anyLink = false;
            for (ReportLink link : reports) {
                if (!seenThisRound.add(link.canonicalUrl())) {
                    continue;
                }
                anyLink = true;
                round.listed(link.canonicalUrl().toString(), listing.url().toString());
                LocalDate listed = link.listedOn() != null ? link.listedOn() : reader.urlDate(link.url()).orElse(null);
                if (watermark.isPresent() && listed != null && listed.isBefore(watermark.get())) {
                    continue;
                }
                anyFresh = true;
                if (!state.knows(link.canonicalUrl().toString())) {
                    anyNew = true;
                }
                crawlReport(this, link);
            }
            if (!anyLink) {
                return true; // a page of other items (or repeats) says nothing about what comes after it
            }
            return anyFresh && (full || anyNew);
        }
    }

    private void crawlReport(ListingCrawl lc, ReportLink link) throws InterruptedException, CrawlAbortedException {
        Tally tally = lc.tally;
        tally.checkAbort();
        String key = link.canonicalUrl().toString();
        Optional<FetchState> prior = state.get(key);
        if (prior.isPresent() && prior.get().dead() && prior.get().retryAt() != null
                && clock.instant().isBefore(prior.get().retryAt()) && !awaitsConfirmation(prior.get())) {
            tally.dead++;
            observer.deadLink(link.url(), prior.get().goneStatus(), prior.get().retryAt());
            return;
        }
        Validators validators = prior.filter(s -> s.complete() && s.sha256() != null)
                .map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        FetchResult r = fetcher.fetch(link.url(), validators, lc.delay);
        if (r.outcome() == Outcome.NOT_MODIFIED) {
            lc.round.saw(key, Seen.ANSWERED, null);
            tally.unchanged++;
            return;
        }
        if (isDead(r)) {
            lc.round.saw(key, Seen.GONE_STATUS, FilingAvailability.httpReason(r.status()));
            recordDead(key, key, link.url(), prior, r, tally);
            return;
        }
        if (!r.fetched()) {
            lc.round.saw(key, Seen.FAILED, null);
            tally.failed++;
            observer.failed(link.url(), r.reason());
            return;
        }
        lc.round.saw(key, Seen.ANSWERED, null);
        String agency = lc.listing.body() != null ? lc.listing.body() : AgencyHint.fromTitle(link.title());
        List<DateCandidate> candidates = new ArrayList<>();
        if (link.listedOn() != null) {
            candidates.add(DateCandidate.listing(link.listedOn()));
        }
        ReportPage page = CharsetDetector.isText(r.contentType()) && !link.attachment()
                ? lc.reader.readReport(r.finalUri(), decode(r)) : new ReportPage(List.of(), List.of());
        candidates.addAll(page.dates());
        lc.reader.urlDate(link.url()).ifPresent(d -> candidates.add(DateCandidate.url(d)));
        PublicationDate published = PublicationDates.decide(candidates);
        observer.report(link, published, page.attachments());
        if (dryRun) {
            return;
        }
        boolean emitted = emitIfChanged(key, key, r, lc.portal, agency, published, prior);
        boolean complete = true;
        for (URI attachment : page.attachments()) {
            complete &= crawlAttachment(attachment, key, lc, agency, published);
        }
        state.record(FetchState.of(key, key, r.finalUri().toString(), r.etag(), r.lastModified(),
                FetchedDocument.sha256(r.body()), clock.instant(), complete)
                .withAvailability(prior.map(FetchState::availability).orElse(null)));
        tally.count(emitted);
    }

    private boolean crawlAttachment(URI url, String filingUrl, ListingCrawl lc, String agency,
                                    PublicationDate published) throws InterruptedException {
        Tally tally = lc.tally;
        String key = lc.reader.canonical(url).toString();
        Optional<FetchState> prior = state.get(key);
        if (prior.isPresent() && prior.get().dead() && prior.get().retryAt() != null
                && clock.instant().isBefore(prior.get().retryAt())) {
            tally.dead++;
            return true;
        }
        Validators validators = prior.filter(s -> s.sha256() != null)
                .map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        FetchResult r = fetcher.fetch(url, validators, lc.delay);
        if (r.outcome() == Outcome.NOT_MODIFIED) {
            tally.unchanged++;
            return true;
        }
        if (isDead(r)) {
            recordDead(key, filingUrl, url, prior, r, tally);
            return true;
        }
        if (!r.fetched()) {
            tally.failed++;
            // retried next round only when the failure may be temporary
            return r.outcome() != Outcome.FAILED;
        }
        boolean emitted = emitIfChanged(key, filingUrl, r, lc.portal, agency, published, prior);
        state.record(FetchState.of(key, filingUrl, r.finalUri().toString(), r.etag(), r.lastModified(),
                FetchedDocument.sha256(r.body()), clock.instant(), true));
        tally.count(emitted);
        return true;
    }

    private boolean tracking() {
        return availability != null && !dryRun;
    }

    /**
     * A listed report page counted gone (not yet confirmed, or withdrawn): asked every round despite the dead-link
     * rest, so that a second round can confirm it and a page that answers again is restored at once.
     */
    private boolean awaitsConfirmation(FetchState s) {
        return tracking() && s.reportPage() && s.availability() != null && s.availability().goneRounds() > 0;
    }

    /**
     * After every listing of {@code portal} on the host was crawled: observes each report these listings carried
     * before or carry now, records what the rounds saw and emits a withdrawal or restoration when one is decided
     * (emitted first, recorded after the broker's ack, as documents are).
     */
    private void settleAvailability(Portal portal, RoundSeen round) throws InterruptedException {
        PortalRound portalRound = round.portalRound();
        Instant now = clock.instant();
        Map<String, FetchState> reports = new LinkedHashMap<>();
        for (FetchState s : state.all()) {
            FetchState.Availability a = s.availability();
            if (s.reportPage() && a != null && portal.id().equals(a.portalId())
                    && round.listings.containsKey(a.listingUrl())) {
                reports.put(s.url(), s);
            }
        }
        for (String key : round.seen.keySet()) {
            state.get(key).filter(FetchState::reportPage).ifPresent(s -> reports.put(key, s));
        }
        for (FetchState s : reports.values()) {
            RoundSeen.Report seen = round.seen.get(s.url());
            Seen what = seen == null ? Seen.UNLISTED : seen.seen;
            String reason = seen == null ? FilingAvailability.REASON_UNLISTED : seen.reason;
            FetchState.Availability before = s.availability();
            String listingUrl = seen != null ? seen.listingUrl : before.listingUrl();
            WithdrawalRule.Decision d = WithdrawalRule.decide(before == null ? null : before.track(),
                    WithdrawalRule.observe(portalRound, what), reason, now);
            FetchState.Availability after = FetchState.Availability.of(portal.id(), listingUrl, d.track());
            switch (d.action()) {
                case WITHDRAW -> {
                    availability.emit(FilingAvailability.withdrawn(s.url(), portal.id(), listingUrl,
                            d.track().reason(), d.track().goneSince(), now, d.track().goneRounds()));
                    LOG.infof("withdrawn: %s (%s on %d rounds since %s)", s.url(), d.track().reason(),
                            d.track().goneRounds(), d.track().goneSince());
                }
                case RESTORE -> {
                    availability.emit(FilingAvailability.restored(s.url(), portal.id(), listingUrl,
                            before.goneSince(), now));
                    LOG.infof("restored: %s", s.url());
                }
                case NONE -> {
                }
            }
            if (!after.equals(before)) {
                state.record(s.withAvailability(after));
            }
        }
    }

    /** What one round saw of one portal's listings on the host and of the reports they carry. */
    private static final class RoundSeen {
        /** Listings crawled: whether each was read (first page) and read to its end. */
        final Map<String, boolean[]> listings = new HashMap<>();
        final Map<String, Report> seen = new HashMap<>();

        static final class Report {
            final String listingUrl;
            Seen seen = Seen.LISTED;
            String reason;

            Report(String listingUrl) {
                this.listingUrl = listingUrl;
            }
        }

        void listed(String key, String listingUrl) {
            seen.putIfAbsent(key, new Report(listingUrl));
        }

        void saw(String key, Seen what, String reason) {
            Report r = seen.get(key);
            if (r != null) {
                r.seen = what;
                r.reason = reason;
            }
        }

        void listingDone(String url, boolean read, boolean complete) {
            listings.put(url, new boolean[] {read, complete});
        }

        PortalRound portalRound() {
            boolean allRead = listings.values().stream().allMatch(b -> b[0]);
            boolean allComplete = listings.values().stream().allMatch(b -> b[0] && b[1]);
            return !allRead ? PortalRound.UNREAD : allComplete ? PortalRound.READ_FULLY : PortalRound.READ_PARTLY;
        }
    }

    private static boolean isDead(FetchResult r) {
        return r.outcome() == Outcome.CLIENT_ERROR && (r.status() == 404 || r.status() == 410);
    }

    private void recordDead(String key, String filingUrl, URI url, Optional<FetchState> prior, FetchResult r,
                            Tally tally) throws InterruptedException {
        tally.dead++;
        Instant retryAt = clock.instant().plus(defaults.deadLinkRetry());
        observer.deadLink(url, r.status(), retryAt);
        if (dryRun) {
            return;
        }
        LOG.infof("dead link %s (HTTP %d): tried again after %s", url, r.status(), retryAt);
        state.record(FetchState.dead(key, filingUrl, url.toString(), prior.orElse(null), r.status(), retryAt));
    }

    private boolean emitIfChanged(String key, String filingUrl, FetchResult r, Portal portal, String agency,
                                  PublicationDate published, Optional<FetchState> prior) throws InterruptedException {
        String sha = FetchedDocument.sha256(r.body());
        if (prior.isPresent() && sha.equals(prior.get().sha256())) {
            return false;
        }
        String charset = CharsetDetector.isText(r.contentType())
                ? CharsetDetector.detect(r.contentType(), r.body()).name() : null;
        FetchedDocument doc = FetchedDocument.of(r.finalUri().toString(), filingUrl, portal.id(), agency,
                published.date(), clock.instant(), r.contentType(), charset, r.body())
                .withPublishedOnEvidence(published.source(), published.conflict());
        sink.emit(doc);
        LOG.infof("emitted %s (%s, %d bytes, published %s from %s%s)%s", r.finalUri(), key, r.body().length,
                published.date(), published.source(),
                published.conflict() == null ? "" : "; other dates: " + published.conflict(),
                prior.isPresent() && prior.get().sha256() != null ? " as a new version" : "");
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
        int listingsUnread;
        int dead;

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
