package org.disclosurewatch.fetcher.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.fetcher.state.FetchStateStore;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.junit.jupiter.api.Test;

/**
 * A home-grown portal that none of the families' defaults read right: a sidebar of links to other columns'
 * reports, pages numbered only by a query parameter no page links to, and the date under a label of its own.
 * The catalogue entry alone (link area, title pattern, date labels, paging) makes the generic adapter read it.
 */
class CatalogueOverridesTest {

    private static void page(Site site, String path, String html) {
        site.addFile("home", path, "text/html; charset=utf-8",
                ("<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static Site site() {
        Site site = Site.create();
        String sidebar = "<div class=\"side\"><a href=\"/other/9.html\">某局2024年政府信息公开工作年度报告</a></div>";
        page(site, "/xxgk/list.jsp?cat=9", sidebar + "<div class=\"main\"><a href=\"/xxgk/view.jsp?id=1\">2024年度公开年报</a></div>");
        page(site, "/xxgk/list.jsp?cat=9&p=2", sidebar + "<div class=\"main\"><a href=\"/xxgk/view.jsp?id=2\">2023年度公开年报</a></div>");
        page(site, "/xxgk/view.jsp?id=1", "<p>公布时间：2025年1月20日</p><p>本机关2024年度公开年报正文</p>");
        page(site, "/xxgk/view.jsp?id=2", "<p>公布时间：2024年1月22日</p><p>本机关2023年度公开年报正文</p>");
        page(site, "/other/9.html", "<p>发布时间：2025-01-05</p>");
        return site;
    }

    private static String catalogue(ReplicaPortal portal, boolean overrides) {
        String entry = "portals:\n"
                + "  - id: home\n"
                + "    region: 某县\n"
                + "    adapter: generic\n"
                + "    delay: 10ms\n";
        if (overrides) {
            entry += "    link-area: \"div.main\"\n"
                    + "    title-pattern: \"公开年报\"\n"
                    + "    date-labels: [公布时间]\n";
        }
        entry += "    listings:\n"
                + "      - url: \"" + portal.url("home", "/xxgk/list.jsp?cat=9") + "\"\n"
                + "        body: 某县某局\n";
        if (overrides) {
            entry += "        paging: {template: \"list.jsp?cat=9&p={n}\", first: 2}\n";
        }
        return entry;
    }

    @Test
    void theCatalogueEntryChangesLinkAreaTitlesDateLabelsAndPagingWithoutJava() throws Exception {
        try (ReplicaPortal portal = ReplicaPortal.start(site())) {
            CrawlerKit kit = new CrawlerKit(catalogue(portal, true));
            CrawlerKit.CollectingSink sink = new CrawlerKit.CollectingSink();
            CrawlSummary s = kit.crawl(kit.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()), sink),
                    portal.authority("home"), false);
            assertEquals(List.of(portal.url("home", "/xxgk/view.jsp?id=1"), portal.url("home", "/xxgk/view.jsp?id=2")),
                    sink.documents.stream().map(FetchedDocument::sourceUrl).toList());
            assertEquals(LocalDate.of(2025, 1, 20), sink.documents.get(0).publishedOn());
            assertEquals("page:公布时间", sink.documents.get(0).publishedOnSource());
            assertEquals(LocalDate.of(2024, 1, 22), sink.documents.get(1).publishedOn());
            assertEquals(0, s.failed(), "the page after the last answers 404: the end of the listing");
            assertTrue(portal.requests().stream().noneMatch(r -> r.path().startsWith("/other/")), "the sidebar is not read");

            // the same portal without the overrides: the sidebar's report is taken, the second page and the dates missed
            CrawlerKit plain = new CrawlerKit(catalogue(portal, false));
            CrawlerKit.CollectingSink other = new CrawlerKit.CollectingSink();
            plain.crawl(plain.crawler(new FetchStateStore(new CrawlerKit.MemoryStateLog()), other), portal.authority("home"), false);
            assertTrue(other.documents.stream().anyMatch(d -> d.sourceUrl().endsWith("/other/9.html")));
            assertTrue(other.documents.stream().noneMatch(d -> d.sourceUrl().endsWith("id=2")));
            assertTrue(other.documents.stream().filter(d -> d.sourceUrl().endsWith("id=1")).allMatch(d -> d.publishedOn() == null));
        }
    }
}
