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
}
