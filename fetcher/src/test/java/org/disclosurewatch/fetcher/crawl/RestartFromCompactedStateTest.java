package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.fetcher.state.KafkaFetchStateLog;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.disclosurewatch.testkit.portal.SiteReport;
import org.junit.jupiter.api.Test;

/** A fetcher restarted with nothing but the compacted state topic re-emits nothing and emits a change once. */
class RestartFromCompactedStateTest {
    private static final String COLUMN = "/bm/qyjj/zwgk_97157/zfxxgknb_97166/";

    @Test
    void restartedFetcherEmitsOnlyChangedReports() throws Exception {
        Site site = Site.create().pageSize(2);
        site.addColumn("yz", COLUMN, "重庆市酉阳土家族苗族自治县应急管理局");
        for (int year = 2020; year <= 2024; year++) {
            site.addReport("yz", COLUMN, LocalDate.of(year + 1, 1, 27), year + "年政府信息公开工作年度报告",
                    "<p>" + year + "年度</p>");
        }
        site.reports("yz", COLUMN).get(1).withAttachment("附件.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        String stateTopic = KafkaKit.topic("fetch-state", 3, true);
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            CrawlerKit kit = new CrawlerKit(portal, Duration.ofMillis(5));
            String host = portal.authority("yz");

            assertEquals(6, crawlWithFreshState(kit, stateTopic, host, null).size(), "first run: 5 pages + 1 attachment");
            assertEquals(0, crawlWithFreshState(kit, stateTopic, host, null).size(), "after restart: nothing new");

            SiteReport corrected = site.reports("yz", COLUMN).get(0);
            corrected.replaceContent("<p>更正</p>".getBytes(StandardCharsets.UTF_8));
            List<org.disclosurewatch.contracts.events.FetchedDocument> changed =
                    crawlWithFreshState(kit, stateTopic, host, null);
            assertEquals(1, changed.size());
            assertEquals(portal.url(corrected), changed.get(0).canonicalUrl());
            assertEquals(0, crawlWithFreshState(kit, stateTopic, host, 6).size(), "the new version is remembered");
        }
    }

    /** Starts a fetcher whose only memory is the state topic, crawls once, stops it. */
    private static List<org.disclosurewatch.contracts.events.FetchedDocument> crawlWithFreshState(
            CrawlerKit kit, String stateTopic, String host, Integer expectKnown) throws Exception {
        try (KafkaFetchStateLog log = new KafkaFetchStateLog(KafkaKit.bootstrap(), stateTopic, Duration.ofSeconds(30))) {
            FetchStateStore store = new FetchStateStore(log);
            log.start(store::apply);
            if (expectKnown != null) {
                assertEquals(expectKnown.intValue(), store.size());
            }
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            kit.crawl(kit.crawler(store, sink), host, false);
            return sink.documents;
        }
    }
}
