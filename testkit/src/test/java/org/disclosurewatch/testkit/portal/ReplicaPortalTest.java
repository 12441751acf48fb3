package org.disclosurewatch.testkit.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReplicaPortalTest {
    private static final String COLUMN = "/zwgk_159/zfxxgknb/qzfxxgknb/";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesPaginatedListingsReportPagesWapCopiesAndAttachments() throws Exception {
        Site site = Site.create().pageSize(2);
        site.addColumn("qj", COLUMN, "重庆市綦江区人民政府");
        List<SiteReport> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(site.addReport("qj", COLUMN, LocalDate.of(2020 + i, 1, 14), (2019 + i) + "年政府信息公开工作年度报告",
                    "<p>正文" + i + "</p>"));
        }
        reports.get(4).withAttachment("年报.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            String first = new String(get(portal.listingUrl("qj", COLUMN)).body(), StandardCharsets.UTF_8);
            assertTrue(first.contains("2023年政府信息公开工作年度报告"), first);
            assertTrue(first.contains("index_1.html"), first);
            assertEquals(200, get(portal.listingUrl("qj", COLUMN) + "index_2.html").statusCode());
            assertEquals(404, get(portal.listingUrl("qj", COLUMN) + "index_3.html").statusCode());

            SiteReport newest = reports.get(4);
            assertTrue(newest.path().matches(".*/202401/t20240114_\\d+\\.html"), newest.path());
            String page = new String(get(portal.url(newest)).body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("发布时间：2024-01-14"), page);
            assertTrue(page.contains("正文4"), page);
            assertEquals(200, get(portal.wapUrl(newest)).statusCode());
            String attachment = newest.attachments().get(0).path();
            assertEquals("%PDF", new String(get(portal.url("qj", attachment)).body(), StandardCharsets.US_ASCII));
            assertTrue(portal.catalogueYaml().contains("body: \"重庆市綦江区人民政府\""));
        }
    }

    @Test
    void answersConditionalGetsAndMisbehavesPerPath() throws Exception {
        Site site = Site.create();
        SiteReport gbk = site.addReport("qj", COLUMN, LocalDate.of(2025, 1, 14), "2024年政府信息公开工作年度报告", "<p>綦江</p>")
                .encodedAs(Charset.forName("GB18030"));
        site.behave("qj", "/busy.html", Behaviour.tooManyRequests(1, 3));
        site.behave("qj", "/broken.html", Behaviour.serverErrors(2));
        site.behave("qj", "/away.html", Behaviour.redirectTo("http://10.0.0.1/x"));
        site.addFile("qj", "/busy.html", "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        site.addFile("qj", "/broken.html", "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        site.robots("qj", "User-agent: *\nDisallow: /private/\n");
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            HttpResponse<byte[]> page = get(portal.url(gbk));
            assertTrue(new String(page.body(), Charset.forName("GB18030")).contains("綦江"));
            assertTrue(new String(page.body(), StandardCharsets.ISO_8859_1).contains("charset=gb2312"));
            String etag = page.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get(portal.url(gbk), "If-None-Match", etag).statusCode());
            gbk.replaceContent("<p>更正</p>".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, get(portal.url(gbk), "If-None-Match", etag).statusCode());

            HttpResponse<byte[]> busy = get(portal.url("qj", "/busy.html"));
            assertEquals(429, busy.statusCode());
            assertEquals("3", busy.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, get(portal.url("qj", "/busy.html")).statusCode());
            assertEquals(500, get(portal.url("qj", "/broken.html")).statusCode());
            assertEquals(500, get(portal.url("qj", "/broken.html")).statusCode());
            assertEquals(200, get(portal.url("qj", "/broken.html")).statusCode());
            HttpResponse<byte[]> away = get(portal.url("qj", "/away.html"));
            assertEquals(302, away.statusCode());
            assertEquals("http://10.0.0.1/x", away.headers().firstValue("Location").orElseThrow());
            assertTrue(new String(get(portal.url("qj", "/robots.txt")).body(), StandardCharsets.UTF_8)
                    .contains("Disallow: /private/"));
            assertEquals(2, portal.requests("qj", "/busy.html").size());
        }
    }

    @Test
    void recordsConcurrentRequestsPerHost() throws Exception {
        Site site = Site.create();
        site.addFile("qj", "/slow.html", "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        site.addFile("yz", "/slow.html", "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        site.behave("qj", "/slow.html", Behaviour.slow(java.time.Duration.ofMillis(300)));
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(portal.url("qj", "/slow.html"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            calls.forEach(CompletableFuture::join);
            get(portal.url("yz", "/slow.html"));
            assertTrue(portal.maxConcurrentRequests("qj") >= 2, portal.maxConcurrentRequestsPerHost().toString());
            assertEquals(1, portal.maxConcurrentRequests("yz"));
            assertEquals(4, portal.requests().size());
        }
    }
}
