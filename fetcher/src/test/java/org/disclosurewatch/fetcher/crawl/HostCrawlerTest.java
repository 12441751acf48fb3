package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.http.Outcome;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.testkit.portal.Behaviour;
import org.disclosurewatch.testkit.portal.RecordedRequest;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.disclosurewatch.testkit.portal.SiteReport;
import org.junit.jupiter.api.Test;

class HostCrawlerTest {
    private static final String COLUMN = "/zwgk_159/zfxxgknb/qzfxxgknb/";
    private static final String BODY = "重庆市綦江区人民政府";

    private static String title(int year) {
        return BODY + year + "年政府信息公开工作年度报告";
    }

    private static String html(int year) {
        return "<p>" + BODY + year + "年度报告正文</p><table><tr><td>主动公开</td><td>" + year + "</td></tr></table>";
    }

    @Test
    void crawlsPaginatedListingsWithMobileCopiesAttachmentsAndGbkPages() throws Exception {
        Site site = Site.create().pageSize(3);
        site.addColumn("qj", COLUMN, BODY);
        for (int year = 2016; year <= 2024; year++) {
            site.addReport("qj", COLUMN, LocalDate.of(year + 1, 1, 14), title(year), html(year));
        }
        List<SiteReport> reports = site.reports("qj", COLUMN);
        SiteReport newest = reports.get(0).listedWithWapLink()
                .withAttachment("年报.pdf", "application/pdf", "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII))
                .withAttachment("年报.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "PK docx".getBytes(StandardCharsets.US_ASCII));
        SiteReport wapOnly = reports.get(1).listedAsWapOnly();
        SiteReport gbk = reports.get(4).encodedAs(Charset.forName("GB18030"));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(portal, null);
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            HostCrawler crawler = kit.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()), sink);
            String host = portal.authority("qj");

            CrawlSummary first = kit.crawl(crawler, host, false);

            assertEquals(3, first.listingPages());
            Set<String> canonical = sink.documents.stream().map(FetchedDocument::canonicalUrl).collect(Collectors.toSet());
            Set<String> expected = reports.stream().map(portal::url).collect(Collectors.toSet());
            assertEquals(expected, canonical);
            assertEquals(9 + 2, sink.documents.size(), "9 pages + 2 attachments");
            FetchedDocument fromWap = only(sink, portal.url(wapOnly));
            assertEquals(portal.wapUrl(wapOnly), fromWap.sourceUrl());
            List<FetchedDocument> filing = sink.documents.stream()
                    .filter(d -> d.canonicalUrl().equals(portal.url(newest))).toList();
            assertEquals(3, filing.size());
            assertTrue(filing.stream().anyMatch(d -> d.sourceUrl().endsWith(".pdf")
                    && new String(d.content(), StandardCharsets.US_ASCII).startsWith("%PDF")));
            assertTrue(portal.requests("qj", newest.wapPath()).isEmpty(), "the desktop copy is preferred");
            FetchedDocument gbkDoc = only(sink, portal.url(gbk));
            assertEquals("GB18030", gbkDoc.charset());
            assertTrue(new String(gbkDoc.content(), Charset.forName("GB18030")).contains(BODY));
            assertEquals(gbk.publishedOn(), gbkDoc.publishedOn());
            assertEquals(BODY, gbkDoc.agencyHint());
            assertTrue(portal.requests().stream().allMatch(r -> r.header("User-Agent").startsWith("DisclosureWatch/")));

            // second round: nothing new; conditional GETs answered 304 and paging stops at the seen first page
            portal.resetRecording();
            sink.documents.clear();
            CrawlSummary second = kit.crawl(crawler, host, false);
            assertEquals(0, second.emitted());
            assertTrue(sink.documents.isEmpty());
            assertEquals(1, second.listingPages());
            List<RecordedRequest> pageRequests = portal.requests("qj", newest.path());
            assertEquals(304, pageRequests.get(0).status());
            assertTrue(pageRequests.get(0).header("If-None-Match") != null);

            // a corrected report is emitted once, as a new version
            reports.get(2).replaceContent("<p>更正后的年度报告</p>".getBytes(StandardCharsets.UTF_8));
            kit.crawl(crawler, host, false);
            assertEquals(1, sink.documents.size());
            assertEquals(portal.url(reports.get(2)), sink.documents.get(0).canonicalUrl());
            assertEquals(1, portal.maxConcurrentRequests("qj"));
        }
    }

    @Test
    void misbehavingPathsAreRetriedRefusedOrSkippedAsTheyDeserve() throws Exception {
        Site site = Site.create().pageSize(20);
        site.addColumn("qj", COLUMN, null);
        SiteReport busy = site.addReport("qj", COLUMN, LocalDate.of(2025, 1, 20), title(2024), html(2024));
        SiteReport flaky = site.addReport("qj", COLUMN, LocalDate.of(2024, 1, 20), title(2023), html(2023));
        SiteReport broken = site.addReport("qj", COLUMN, LocalDate.of(2023, 1, 20), title(2022), html(2022));
        SiteReport slow = site.addReport("qj", COLUMN, LocalDate.of(2022, 1, 20), title(2021), html(2021));
        SiteReport tooSlow = site.addReport("qj", COLUMN, LocalDate.of(2021, 1, 20), title(2020), html(2020));
        SiteReport big = site.addReport("qj", COLUMN, LocalDate.of(2020, 1, 20), title(2019), html(2019))
                .withAttachment("全文.pdf", "application/pdf", new byte[150_000]);
        SiteReport hidden = site.addReport("qj", "/private/nb/", LocalDate.of(2020, 2, 20), title(2019), html(2019));
        SiteReport away = site.addReport("qj", COLUMN, LocalDate.of(2019, 1, 20), title(2018), html(2018));
        site.robots("qj", "User-agent: *\nDisallow: /private/\n");
        site.behave("qj", busy.path(), Behaviour.tooManyRequests(1, 1));
        site.behave("qj", flaky.path(), Behaviour.serverErrors(2));
        site.behave("qj", broken.path(), Behaviour.serverErrors(100));
        site.behave("qj", slow.path(), Behaviour.slow(Duration.ofMillis(300)));
        site.behave("qj", tooSlow.path(), Behaviour.slow(Duration.ofMillis(1200)));
        site.behave("qj", away.path(), Behaviour.redirectTo("http://10.20.30.40/internal.html"));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(portal, Duration.ofMillis(30));
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            HostCrawler crawler = kit.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()), sink);

            kit.crawl(crawler, portal.authority("qj"), false);

            Set<String> emitted = sink.documents.stream().map(FetchedDocument::sourceUrl).collect(Collectors.toSet());
            assertTrue(emitted.contains(portal.url(busy)), "429 retried after Retry-After");
            List<RecordedRequest> busyRequests = portal.requests("qj", busy.path());
            assertEquals(List.of(429, 200), busyRequests.stream().map(RecordedRequest::status).toList());
            long waitedMs = Duration.between(busyRequests.get(0).finishedAt(), busyRequests.get(1).startedAt()).toMillis();
            assertTrue(waitedMs >= 950, "Retry-After: 1 honoured, waited " + waitedMs + " ms");
            assertTrue(emitted.contains(portal.url(flaky)), "two 500s then success");
            assertEquals(3, portal.requests("qj", flaky.path()).size());
            assertFalse(emitted.contains(portal.url(broken)));
            assertEquals(3, portal.requests("qj", broken.path()).size(), "gives up after max attempts");
            assertTrue(emitted.contains(portal.url(slow)), "slow but within the timeout");
            assertFalse(emitted.contains(portal.url(tooSlow)), "slower than the request timeout");
            assertTrue(emitted.contains(portal.url(big)));
            assertFalse(emitted.stream().anyMatch(u -> u.endsWith(".pdf")), "oversized attachment abandoned");
            assertTrue(portal.requests("qj", hidden.path()).isEmpty(), "robots.txt disallow obeyed");
            assertEquals(1, portal.requests("qj", away.path()).size());
            assertFalse(emitted.contains(portal.url(away)));
            assertTrue(kit.metrics.count(Outcome.REFUSED) >= 1);
            assertTrue(kit.metrics.count(Outcome.TOO_LARGE) >= 1);
            assertTrue(kit.metrics.count(Outcome.FAILED) >= 2);
            assertEquals(BODY, only(sink, portal.url(busy)).agencyHint(), "many-bodies column: hint from the title");
            assertEquals(1, portal.maxConcurrentRequests("qj"));
            List<RecordedRequest> all = portal.requests();
            for (int i = 1; i < all.size(); i++) {
                long gap = Duration.between(all.get(i - 1).finishedAt(), all.get(i).startedAt()).toMillis();
                assertTrue(gap >= 20, "pause between requests to one host, got " + gap + " ms before " + all.get(i).path());
            }
        }
    }

    @Test
    void aDeadLinkRestsThenIsTriedAgainAndNeverFailsThePortal() throws Exception {
        Site site = Site.create().pageSize(10);
        site.addColumn("qj", COLUMN, BODY);
        SiteReport alive = site.addReport("qj", COLUMN, LocalDate.of(2025, 1, 20), title(2024), html(2024))
                .withAttachment("年报.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        SiteReport dead = site.addReport("qj", COLUMN, LocalDate.of(2024, 1, 20), title(2023), html(2023));
        site.behave("qj", dead.path(), Behaviour.gone(410));
        site.behave("qj", alive.attachments().get(0).path(), Behaviour.gone(404));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(portal, null);
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            CrawlerKit.MemoryStateLog log = new CrawlerKit.MemoryStateLog();
            HostCrawler crawler = kit.crawler(new FetchStateStore(log), sink,
                    new CrawlDefaults(Duration.ofMillis(10), 20, Duration.ofMillis(600)));
            String host = portal.authority("qj");

            CrawlSummary first = kit.crawl(crawler, host, true);
            assertEquals(Set.of(portal.url(alive)), sink.documents.stream().map(FetchedDocument::sourceUrl).collect(Collectors.toSet()));
            assertEquals(0, first.failed());
            assertEquals(2, first.deadLinks(), "the dead report and the dead attachment");
            assertTrue(first.listingsRead());
            assertTrue(log.written.stream().anyMatch(s -> s.url().equals(portal.url(dead)) && s.goneStatus() == 410
                    && s.retryAt() != null), "the dead link is recorded");

            CrawlSummary resting = kit.crawl(crawler, host, true);
            assertEquals(1, portal.requests("qj", dead.path()).size(), "not asked for while it rests");
            assertEquals(0, resting.failed());

            Thread.sleep(700);
            site.behaveNormally("qj", dead.path());
            sink.documents.clear();
            CrawlSummary back = kit.crawl(crawler, host, true);
            assertEquals(2, portal.requests("qj", dead.path()).size());
            assertEquals(List.of(portal.url(dead)), sink.documents.stream().map(FetchedDocument::sourceUrl).toList(),
                    "emitted once it answers again");
            assertEquals(0, back.deadLinks());
        }
    }

    @Test
    void anUnreadableListingIsAFailureOfThePortal() throws Exception {
        Site site = Site.create();
        site.addColumn("qj", COLUMN, BODY);
        site.behave("qj", COLUMN, Behaviour.gone(404));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(portal, null);
            CrawlSummary s = kit.crawl(kit.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()),
                    new CrawlerKit.CollectingSink()), portal.authority("qj"), false);
            assertEquals(1, s.listingsUnread());
            assertEquals(1, s.failed());
        }
    }

    private static FetchedDocument only(CrawlerKit.CollectingSink sink, String canonical) {
        List<FetchedDocument> docs = sink.documents.stream().filter(d -> d.canonicalUrl().equals(canonical)).toList();
        assertEquals(1, docs.size(), canonical + " in " + sink.documents.stream().map(FetchedDocument::sourceUrl).toList());
        return docs.get(0);
    }
}
