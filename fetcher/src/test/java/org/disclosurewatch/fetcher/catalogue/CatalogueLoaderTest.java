package org.disclosurewatch.fetcher.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {
    private final CatalogueLoader loader = new CatalogueLoader(Set.of("district-cms"));

    @Test
    void shippedCatalogueLoadsWithUnverifiedChongqingPortals() {
        Catalogue c = loader.load("classpath:portals.yaml");
        assertTrue(c.hosts().containsAll(Set.of("cqqj.gov.cn", "www.cqyz.gov.cn", "cqstl.gov.cn", "yjj.cq.gov.cn")),
                c.hosts().toString());
        assertTrue(c.portals().stream().noneMatch(Portal::verified));
        assertEquals(2, c.portalsOn("cqqj.gov.cn").get(0).listings().size());
        assertFalse(c.allows("cqqj.gov.cn.example.org"));
    }

    @Test
    void readsOverridesAndManyBodyColumns() {
        Catalogue c = loader.parse("""
                portals:
                  - id: qj
                    region: 綦江
                    adapter: district-cms
                    delay: 250ms
                    max-pages: 3
                    not-before: 2020-01-01
                    listings:
                      - url: http://127.0.0.1:8000/a/
                        many-bodies: true
                """, "inline");
        Portal p = c.portals().get(0);
        assertEquals(Duration.ofMillis(250), p.delay().orElseThrow());
        assertEquals(3, p.maxPages().orElseThrow());
        assertTrue(p.listings().get(0).listsManyBodies());
        assertEquals("127.0.0.1:8000", p.host());
    }

    @Test
    void badEntriesAreNamedInTheError() {
        String unknownAdapter = """
                portals:
                  - id: good
                    region: r
                    adapter: district-cms
                    listings: [{url: "http://a.example/x/", body: b}]
                  - id: cqyz
                    region: r
                    adapter: other-cms
                    listings: [{url: "http://b.example/x/", body: b}]
                """;
        CatalogueException e = assertThrows(CatalogueException.class, () -> loader.parse(unknownAdapter, "t.yaml"));
        assertTrue(e.getMessage().contains("portal #2 (id cqyz)") && e.getMessage().contains("other-cms"), e.getMessage());

        String badUrl = """
                portals:
                  - id: qj
                    region: r
                    adapter: district-cms
                    listings:
                      - {url: "http://a.example/x/", body: b}
                      - {url: "ftp://a.example/y/", body: b}
                """;
        e = assertThrows(CatalogueException.class, () -> loader.parse(badUrl, "t.yaml"));
        assertTrue(e.getMessage().contains("listing #2") && e.getMessage().contains("http or https"), e.getMessage());

        String noBody = """
                portals:
                  - id: qj
                    region: r
                    adapter: district-cms
                    listings: [{url: "http://a.example/x/"}]
                """;
        e = assertThrows(CatalogueException.class, () -> loader.parse(noBody, "t.yaml"));
        assertTrue(e.getMessage().contains("many-bodies"), e.getMessage());

        String typo = """
                portals:
                  - id: qj
                    region: r
                    adapter: district-cms
                    dealy: 5s
                    listings: [{url: "http://a.example/x/", body: b}]
                """;
        e = assertThrows(CatalogueException.class, () -> loader.parse(typo, "t.yaml"));
        assertTrue(e.getMessage().contains("dealy"), e.getMessage());
    }

    @Test
    void acceptsListingUrlsAsCopiedFromTheBrowserAndRuleOverrides() {
        Catalogue c = new CatalogueLoader(Set.of("trs-wcm", "hanweb")).parse("""
                portals:
                  - id: zj
                    region: 某省
                    adapter: trs-wcm
                    link-area: "div.list"
                    date-labels: [时间, 发布日期]
                    listings:
                      - url: "http://a.example/zfxxgknb/index.htm"
                        body: 某省人民政府
                      - url: "http://a.example/xxgk/list.jsp?cat=12&page=1#top"
                        many-bodies: true
                        paging: {template: "?cat=12&page={n}", first: 2}
                      - url: "http://a.example/col/col1234/index.html?uid=5"
                        many-bodies: true
                        title-pattern: "公开年报"
                        list-api:
                          url: "/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={end}&columnid=1234"
                          format: xml
                          items: record
                          page-size: 5
                """, "inline");
        Portal p = c.portals().get(0);
        assertEquals("http://a.example/zfxxgknb/index.htm", p.listings().get(0).url().toString());
        Listing query = p.listings().get(1);
        assertEquals("http://a.example/xxgk/list.jsp?cat=12&page=1", query.url().toString());
        assertEquals("http://a.example/xxgk/list.jsp?cat=12&page=3",
                query.overrides().paging().page(query.url(), 1).toString());
        assertEquals("div.list", p.overrides().linkArea());
        assertEquals(java.util.List.of("时间", "发布日期"), p.overrides().then(query.overrides()).dateLabels());
        Listing api = p.listings().get(2);
        assertEquals("http://a.example/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10&columnid=1234",
                api.listApi().orElseThrow().page(api.url(), 1).toString());
        assertEquals("公开年报", api.overrides().titlePattern().pattern());

        CatalogueException e = assertThrows(CatalogueException.class, () -> new CatalogueLoader(Set.of("trs-wcm")).parse("""
                portals:
                  - id: zj
                    region: r
                    adapter: trs-wcm
                    listings:
                      - url: "http://a.example/x/"
                        body: b
                        list-api: {url: "/api/list", format: json, items: data}
                """, "t.yaml"));
        assertTrue(e.getMessage().contains("listing #1: list-api") && e.getMessage().contains("{page}"), e.getMessage());
        e = assertThrows(CatalogueException.class, () -> new CatalogueLoader(Set.of("trs-wcm")).parse("""
                portals:
                  - id: zj
                    region: r
                    adapter: trs-wcm
                    title-pattern: "年报("
                    listings: [{url: "http://a.example/x/", body: b}]
                """, "t.yaml"));
        assertTrue(e.getMessage().contains("title-pattern"), e.getMessage());
    }
}
