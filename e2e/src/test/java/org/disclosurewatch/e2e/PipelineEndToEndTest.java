package org.disclosurewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;
import org.disclosurewatch.devstack.ChildProcess;
import org.disclosurewatch.devstack.DemoSite;
import org.disclosurewatch.devstack.ServiceProcess;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.KafkaProbe;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.SiteReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four packaged services on a real broker and a real PostgreSQL, fed by the fetcher from the replica
 * portal that publishes the seed reports; the assertions are on what the store's API returns and on the
 * records of the real topics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {
    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(4);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String MISSING_FILER = "重庆市端到端区未报送局";

    private static final List<ChildProcess> services = new ArrayList<>();
    private static ReplicaPortal portal;
    private static String bootstrap;
    private static KafkaProbe probe;
    private static String store;

    @BeforeAll
    static void startPipeline() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        probe = new KafkaProbe(bootstrap);
        TestInfrastructure.Database db = TestInfrastructure.database();
        System.out.println("end-to-end on " + TestInfrastructure.describe());
        portal = DemoSite.start();
        Path work = Files.createDirectories(ROOT.resolve("e2e/target/e2e"));
        Path catalogue = portal.writeCatalogue(work.resolve("catalogue.yaml"), Duration.ofMillis(50));

        Map<Service, Map<String, String>> config = new LinkedHashMap<>();
        config.put(Service.STORE, Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                // a body expected since 2021 that never files: the scheduled check raises its missing filings
                "dw.store.expected-filers[0].name", MISSING_FILER,
                "dw.store.expected-filers[0].level", "department",
                "dw.store.expected-filers[0].region", "重庆市端到端区",
                "dw.store.expected-filers[0].first-year", "2021",
                "dw.store.missing-check.every", "5s"));
        config.put(Service.VALIDATOR, Map.of());
        config.put(Service.PARSER, Map.of());
        Map<String, String> fetcher = new LinkedHashMap<>(DemoSite.fetcherConfig(catalogue));
        // rounds close together, so that a report taken off the portal is seen gone on two rounds within the test
        fetcher.put("dw.fetcher.planner.every", "15s");
        config.put(Service.FETCHER, fetcher);
        for (var e : config.entrySet()) {
            Map<String, String> c = new LinkedHashMap<>(e.getValue());
            c.put("kafka.bootstrap.servers", bootstrap);
            int port = TestInfrastructure.freePort();
            services.add(ServiceProcess.start(ROOT, e.getKey(), port, c, work.resolve("logs"), "e2e", 240));
            if (e.getKey() == Service.STORE) {
                store = "http://127.0.0.1:" + port;
            }
        }
    }

    @AfterAll
    static void stopPipeline() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void seedReportsArriveInTheStoreWithAgencyAndYear() throws Exception {
        Set<String> expected = new HashSet<>();
        for (Fixtures.Fixture seed : Fixtures.seeds()) {
            JsonNode key = seed.key();
            expected.add(key.get("agency").asText() + "/" + key.get("year").asInt());
        }
        JsonNode reports = awaitJson("/api/reports?size=50", body -> items(body).size() >= expected.size());
        Set<String> stored = new HashSet<>();
        for (JsonNode r : items(reports)) {
            stored.add(r.get("agency").asText() + "/" + r.get("year").asInt());
        }
        assertEquals(expected, stored);
    }

    @Test
    @Order(2)
    void theInconsistentSeedRaisesAnAlertCloudEvent() {
        // seed 004 states 12 normative documents issued in part 一 while its table says 11
        Predicate<ConsumerRecord<String, byte[]>> mismatch = r -> isAlertFor("重庆市黔江区").test(r)
                && "text_table_mismatch".equals(readTree(r.value()).path("finding").path("kind").asText());
        List<ConsumerRecord<String, byte[]>> alerts = probe.readUntil(Topics.ALERTS,
                seen -> seen.stream().anyMatch(mismatch), PIPELINE_TIMEOUT);
        ConsumerRecord<String, byte[]> alert = alerts.stream().filter(mismatch).findFirst()
                .orElseThrow(() -> new AssertionError("no text_table_mismatch alert for seed 004 among " + alerts.size()));
        JsonNode data = readTree(alert.value());
        assertEquals("重庆市黔江区", alert.key());
        assertEquals("1.0", KafkaProbe.header(alert, "ce_specversion"));
        assertEquals("org.disclosurewatch.filing.inconsistent.v1", KafkaProbe.header(alert, "ce_type"));
        assertEquals("urn:disclosure-watch", KafkaProbe.header(alert, "ce_source"));
        assertEquals("重庆市黔江区/2024", KafkaProbe.header(alert, "ce_subject"));
        assertEquals(data.get("alert_id").asText(), KafkaProbe.header(alert, "ce_id"));
        assertEquals("warning", KafkaProbe.header(alert, "ce_severity"));
        assertNotNull(KafkaProbe.header(alert, "ce_time"));
        assertEquals("disclosure-watch.filing-alert.v1", data.get("schema").asText());
        assertEquals("active_disclosure.normative_documents.issued", data.get("finding").get("cell").asText());
        assertEquals("12", data.get("finding").get("observed").asText());
        assertEquals("11", data.get("finding").get("expected").asText());
        assertTrue(data.get("document_url").asText().startsWith("http://127.0.0.1:"), data.toString());
    }

    @Test
    @Order(3)
    void aCorruptDocumentIsDeadLetteredWithItsReasonAndThePipelineGoesOn() throws Exception {
        byte[] truncatedPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Ty"
                .getBytes(StandardCharsets.US_ASCII);
        String url = "http://127.0.0.1/corrupt/t20250120_1.pdf";
        FetchedDocument corrupt = FetchedDocument.of(url, url, "e2e", null, LocalDate.of(2025, 1, 20),
                Instant.now(), "application/pdf", null, truncatedPdf);
        probe.send(Topics.DOCUMENTS, url, Json.write(corrupt));

        List<ConsumerRecord<String, byte[]>> dead = probe.readUntil(Topics.DOCUMENTS_DLQ,
                seen -> seen.stream().anyMatch(r -> url.equals(r.key())), PIPELINE_TIMEOUT);
        ConsumerRecord<String, byte[]> letter = dead.stream().filter(r -> url.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("the corrupt document did not reach " + Topics.DOCUMENTS_DLQ));
        String reason = KafkaProbe.header(letter, DeadLetters.REASON);
        assertNotNull(reason);
        assertFalse(reason.isBlank());
        FetchedDocument kept = Json.read(letter.value(), FetchedDocument.class, FetchedDocument.SCHEMA);
        assertEquals(corrupt.sha256(), kept.sha256(), "the dead letter keeps the document as it arrived");

        // the parser keeps consuming: a page sent after the corrupt document is read (a news page, which the
        // parser classifies and the store does not keep as a filing)
        byte[] news = ("<html><head><meta charset=\"utf-8\"><title>区政府召开常务会议</title></head><body>"
                + "<h1>区政府召开第35次常务会议</h1><p>会议研究了城市更新和防汛工作。</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        String after = "http://127.0.0.1/after-corrupt/t20250121_2.html";
        probe.send(Topics.DOCUMENTS, after, Json.write(FetchedDocument.of(after, after, "e2e", null,
                LocalDate.of(2025, 1, 21), Instant.now(), "text/html", "UTF-8", news)));
        List<ConsumerRecord<String, byte[]>> parsed = probe.readUntil(Topics.PARSED,
                seen -> seen.stream().anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(after)),
                PIPELINE_TIMEOUT);
        assertTrue(parsed.stream().anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(after)));
    }

    @Test
    @Order(4)
    void theSameDocumentDeliveredTwiceIsStoredOnce() throws Exception {
        List<ConsumerRecord<String, byte[]>> docs = probe.readUntil(Topics.DOCUMENTS,
                seen -> seen.stream().anyMatch(r -> r.key() != null && r.key().startsWith("http://127.0.0.1:")),
                PIPELINE_TIMEOUT);
        ConsumerRecord<String, byte[]> original = docs.stream()
                .filter(r -> r.key() != null && r.key().startsWith("http://127.0.0.1:")).findFirst().orElseThrow();
        JsonNode before = awaitJson("/api/reports?size=50", body -> items(body).size() >= DemoSite.REPORTS);
        long validatedBefore = probe.readUntil(Topics.VALIDATED, seen -> false,
                Duration.ofSeconds(3)).size();

        probe.send(Topics.DOCUMENTS, original.key(), original.value());

        // wait until the redelivered document has gone through the validator, then give the store time to consume it
        probe.readUntil(Topics.VALIDATED, seen -> seen.size() > validatedBefore, PIPELINE_TIMEOUT);
        Thread.sleep(3000);
        JsonNode after = getJson("/api/reports?size=50");
        assertEquals(items(before).size(), items(after).size(), "no new report");
        for (JsonNode r : items(after)) {
            JsonNode full = getJson("/api/reports/" + r.get("id").asText());
            assertEquals(1, full.get("versions").size(), "one version of " + r.get("agency"));
        }
    }

    @Test
    @Order(5)
    void theStoresMissingFilingAlertCarriesSeverityAndKind() {
        Predicate<ConsumerRecord<String, byte[]>> missing = r -> isAlertFor(MISSING_FILER).test(r)
                && "org.disclosurewatch.filing.missing.v1".equals(KafkaProbe.header(r, "ce_type"));
        List<ConsumerRecord<String, byte[]>> alerts = probe.readUntil(Topics.ALERTS,
                seen -> seen.stream().anyMatch(missing), PIPELINE_TIMEOUT);
        ConsumerRecord<String, byte[]> alert = alerts.stream().filter(missing).findFirst()
                .orElseThrow(() -> new AssertionError("no missing-filing alert among " + alerts.size()));
        assertEquals("error", KafkaProbe.header(alert, "ce_severity"));
        assertEquals("missing_filing", KafkaProbe.header(alert, "ce_kind"));
        assertEquals("urn:disclosure-watch", KafkaProbe.header(alert, "ce_source"));
        JsonNode data = readTree(alert.value());
        assertEquals(data.get("alert_id").asText(), KafkaProbe.header(alert, "ce_id"));
        assertEquals("missing_filing", data.get("finding").get("kind").asText());
    }

    @Test
    @Order(6)
    void deadLettersAreSentBackToTheirTopicOnceByReplay() throws Exception {
        // the corrupt document of test 3 is on the dead-letter topic; replay sends it back to its topic
        String url = "http://127.0.0.1/corrupt/t20250120_1.pdf";
        int first = org.disclosurewatch.devstack.DlqCommand.replay(bootstrap, List.of(Topics.DOCUMENTS_DLQ));
        assertTrue(first >= 1, "replayed " + first);
        Predicate<ConsumerRecord<String, byte[]>> replayed = r -> url.equals(r.key())
                && KafkaProbe.header(r, org.disclosurewatch.devstack.DlqCommand.REPLAYED_FROM) != null;
        List<ConsumerRecord<String, byte[]>> docs = probe.readUntil(Topics.DOCUMENTS,
                seen -> seen.stream().anyMatch(replayed), PIPELINE_TIMEOUT);
        assertTrue(KafkaProbe.header(docs.stream().filter(replayed).findFirst().orElseThrow(),
                org.disclosurewatch.devstack.DlqCommand.REPLAYED_FROM).startsWith(Topics.DOCUMENTS_DLQ + "/"));
        // it is still corrupt, so the parser dead-letters it again; a second replay sends only that new one
        probe.readUntil(Topics.DOCUMENTS_DLQ,
                seen -> seen.stream().filter(r -> url.equals(r.key())).count() >= 2, PIPELINE_TIMEOUT);
        assertEquals(1, org.disclosurewatch.devstack.DlqCommand.replay(bootstrap, List.of(Topics.DOCUMENTS_DLQ)));
    }

    @Test
    @Order(7)
    void aStoredReportsOriginalComesBackByteIdentical() throws Exception {
        JsonNode reports = awaitJson("/api/reports?size=50", body -> items(body).size() >= DemoSite.REPORTS);
        int checked = 0;
        for (JsonNode r : items(reports)) {
            JsonNode full = getJson("/api/reports/" + r.get("id").asText());
            JsonNode version = full.get("versions").get(0);
            String original = version.path("original_url").asText(null);
            assertNotNull(original, "the version links its kept original: " + version);
            HttpResponse<byte[]> bytes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(store + original))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, bytes.statusCode());
            assertEquals(version.get("sha256").asText(), sha256(bytes.body()), "the bytes as fetched, for " + r.get("agency"));
            assertEquals(version.get("sha256").asText(), bytes.headers().firstValue("X-Content-SHA256").orElse(null));
            checked++;
        }
        assertEquals(DemoSite.REPORTS, checked);
    }

    @Test
    @Order(8)
    void aReportTakenOffItsPortalRaisesFilingWithdrawnAfterTwoRounds() {
        SiteReport taken = portal.site().reports().get(0);
        String url = portal.url(taken);
        taken.withdraw();
        Predicate<ConsumerRecord<String, byte[]>> withdrawn = r -> "filing_withdrawn".equals(KafkaProbe.header(r, "ce_kind"))
                && url.equals(readTree(r.value()).path("document_url").asText());
        List<ConsumerRecord<String, byte[]>> alerts = probe.readUntil(Topics.ALERTS,
                seen -> seen.stream().anyMatch(withdrawn), PIPELINE_TIMEOUT);
        ConsumerRecord<String, byte[]> alert = alerts.stream().filter(withdrawn).findFirst()
                .orElseThrow(() -> new AssertionError("no filing_withdrawn alert for " + url + " among " + alerts.size()));
        assertEquals("org.disclosurewatch.filing.withdrawn.v1", KafkaProbe.header(alert, "ce_type"));
        assertEquals(1, alerts.stream().filter(withdrawn).count(), "one alert, however many rounds see it gone");
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> isAlertFor(String agency) {
        return r -> agency.equals(r.key());
    }

    private static JsonNode items(JsonNode body) {
        return body.has("items") ? body.get("items") : body;
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return Json.mapper().readTree(bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(store + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode awaitJson(String path, Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < until) {
            last = getJson(path);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("timed out waiting for " + path + "; last answer: " + last);
    }
}
