package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.adapter.ReportLink;
import org.disclosurewatch.fetcher.date.PublicationDate;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.testkit.portal.EpointReplica;
import org.disclosurewatch.testkit.portal.FamilyReplica;
import org.disclosurewatch.testkit.portal.FamilyReplicas;
import org.disclosurewatch.testkit.portal.HanwebReplica;
import org.disclosurewatch.testkit.portal.RecordedRequest;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.disclosurewatch.testkit.portal.TrsWcmReplica;
import org.junit.jupiter.api.Test;

/** Replica portals of three CMS families, crawled from the listing URL a user would copy. */
class FamilyPortalsTest {
    static TrsWcmReplica trs() {
        return FamilyReplicas.trs();
    }

    static HanwebReplica hanweb() {
        return FamilyReplicas.hanweb();
    }

    static EpointReplica epoint() {
        return FamilyReplicas.epoint();
    }

    /** Collects what the crawler decided per report link. */
    static final class Decisions implements CrawlObserver {
        final Map<String, Integer> years = new ConcurrentHashMap<>();
        final Map<String, PublicationDate> dates = new ConcurrentHashMap<>();

        @Override
        public void report(ReportLink link, PublicationDate date, List<java.net.URI> attachments) {
            years.put(link.canonicalUrl().toString(), link.year());
            dates.put(link.canonicalUrl().toString(), date);
        }
    }

    @Test
    void everyFamilyYieldsItsReportsWithYearDateAndSourceAndNothingElse() throws Exception {
        List<FamilyReplica> families = List.of(trs(), hanweb(), epoint());
        Site site = Site.create();
        families.forEach(f -> f.publish(site));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(FamilyReplica.catalogue(portal, "10ms", families));
            for (FamilyReplica family : families) {
                String host = portal.authority(family.hostKey());
                CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
                FetchStateStore state = new FetchStateStore(new CrawlerKit.MemoryStateLog());
                Decisions decisions = new Decisions();
                HostCrawler crawler = kit.crawler(state, sink);
                HostCrawler observed = crawler.dryRun(decisions);
                String what = family.adapter() + ": ";

                CrawlSummary dry = kit.crawl(observed, host, false);
                assertTrue(sink.documents.isEmpty(), what + "a dry run emits nothing");
                assertEquals(0, state.size(), what + "a dry run records nothing");
                CrawlSummary first = kit.crawl(crawler, host, false);

                List<FamilyReplica.Expected> expected = family.expected(portal);
                Set<String> wantedDocs = expected.stream().flatMap(x -> x.documentUrls().stream()).collect(Collectors.toSet());
                List<String> emitted = sink.documents.stream().map(FetchedDocument::sourceUrl).toList();
                assertEquals(wantedDocs, Set.copyOf(emitted), what + "documents");
                assertEquals(wantedDocs.size(), emitted.size(), what + "each document once");
                for (FamilyReplica.Expected x : expected) {
                    for (FetchedDocument d : sink.documents.stream().filter(d -> x.documentUrls().contains(d.sourceUrl())).toList()) {
                        assertEquals(x.canonicalUrl(), d.canonicalUrl(), what + d.sourceUrl() + " belongs to its filing");
                        assertEquals(x.publishedOn(), d.publishedOn(), what + d.sourceUrl() + " publication date");
                        assertEquals(x.dateSource(), d.publishedOnSource(), what + d.sourceUrl() + " date source");
                    }
                    assertEquals(x.year(), decisions.years.get(x.canonicalUrl()), what + x.title() + " year");
                }
                assertEquals(expected.size(), decisions.years.size(), what + "report links: " + decisions.years.keySet());
                assertEquals(0, first.failed(), what + "dead links are no failures");
                assertTrue(first.listingsRead(), what + "listing read");
                assertEquals(1, first.deadLinks(), what + "the dead link is recorded");
                assertEquals(1, dry.deadLinks());

                // second round: nothing emitted, the dead link rests
                sink.documents.clear();
                portal.resetRecording();
                CrawlSummary second = kit.crawl(crawler, host, false);
                assertTrue(sink.documents.isEmpty(), what + "second round emits " + sink.documents);
                assertEquals(0, second.failed());
                assertEquals(0, second.emitted());
                assertTrue(portal.requests().stream().noneMatch(r -> r.status() == 404 || r.status() == 410),
                        what + "dead link asked for again: " + portal.requests());
            }
        }
    }

    @Test
    void trsDatesBesideTheLinkBeatTheUrlAndGbkPagesAreDecoded() throws Exception {
        TrsWcmReplica trs = trs();
        Site site = Site.create();
        trs.publish(site);
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(FamilyReplica.catalogue(portal, "10ms", List.of(trs)));
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            kit.crawl(kit.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()), sink), portal.authority("trs"), false);
            FetchedDocument newest = sink.documents.stream().filter(d -> d.sourceUrl().endsWith(".htm")).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 3, 7), newest.publishedOn());
            assertEquals("url 2025-03-10", newest.publishedOnConflict());
            assertEquals("GB18030", newest.charset());
            assertTrue(new String(newest.content(), Charset.forName("GB18030")).contains("某市人民政府"));
            List<RecordedRequest> requests = portal.requests();
            assertEquals("/zwgk/zfxxgknb/index.htm", requests.stream().filter(r -> !r.path().equals("/robots.txt"))
                    .findFirst().orElseThrow().path(), "the listing URL as given");
            assertTrue(requests.stream().anyMatch(r -> r.path().equals("/zwgk/zfxxgknb/index_2.htm")), "script paging followed");
            assertTrue(requests.stream().noneMatch(r -> r.path().contains("_wap")), "mobile copies not fetched");
            assertTrue(requests.stream().noneMatch(r -> r.path().endsWith("index.html")));
        }
    }
}
