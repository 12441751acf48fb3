package org.disclosurewatch.parser.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.events.Reread;
import org.disclosurewatch.contracts.events.RereadRequest;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.KafkaProbe;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The parser service on the real broker: documents in, reports out keyed by agency, failures dead-lettered. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ParserServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aDocumentBecomesAReportKeyedByAgencyAndACorruptOneADeadLetter() throws Exception {
        Instant sent = Instant.now().minusMillis(1);
        String run = UUID.randomUUID().toString();
        String good = "http://127.0.0.1/" + run + "/t20250123_1.txt";
        String bad = "http://127.0.0.1/" + run + "/t20250123_2.docx";
        probe().send(Topics.DOCUMENTS, good, Json.write( FetchedDocument.of(good, good, "test", null, LocalDate.of(2025, 1, 25), Instant.now(),
                "text/plain", "UTF-8", Fixtures.seeds().get(0).bytes())));
        byte[] truncatedDocx = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00};
        probe().send(Topics.DOCUMENTS, bad, Json.write( FetchedDocument.of(bad, bad, "test", null, LocalDate.of(2025, 1, 25), Instant.now(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, truncatedDocx)));

        ConsumerRecord<String, byte[]> parsed = probe().first(Topics.PARSED, r -> KafkaProbe.text(r).contains(good), WAIT);
        ParsedReport report = Json.read(parsed.value(), ParsedReport.class, ParsedReport.SCHEMA);
        assertEquals("重庆市綦江区应急管理局", parsed.key());
        assertEquals(2024, report.report().year());
        assertEquals(LocalDate.of(2025, 1, 25), report.document().publishedOn());
        assertEquals(2, report.report().requests().get("new_received", "total").intValue());
        assertEquals(expectedParserVersion(), report.parserVersion(), "the parser's version on every report");
        assertNull(report.reread(), "a fetched document is not a re-read");
        assertFalse(report.parsedAt().isBefore(sent), "parse time recorded");

        ConsumerRecord<String, byte[]> dead = probe().first(Topics.DOCUMENTS_DLQ, r -> bad.equals(r.key()), WAIT);
        String reason = KafkaProbe.header(dead, DeadLetters.REASON);
        assertFalse(reason.isBlank());
        assertEquals(FetchedDocument.sha256(truncatedDocx),
                Json.read(dead.value(), FetchedDocument.class, FetchedDocument.SCHEMA).sha256());
    }

    @Test
    void aLargeDocumentThatCannotBeParsedIsStillDeadLettered() {
        // 3 MB of bytes that claim to be a PDF: larger than Kafka's default record size
        byte[] large = new byte[3 * 1024 * 1024];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, large, 0, head.length);
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/large.pdf";
        probe().send(Topics.DOCUMENTS, url, Json.write(FetchedDocument.of(url, url, "test", null, null, Instant.now(),
                "application/pdf", null, large)));
        ConsumerRecord<String, byte[]> dead = probe().first(Topics.DOCUMENTS_DLQ, r -> url.equals(r.key()), WAIT);
        assertEquals(FetchedDocument.sha256(large),
                Json.read(dead.value(), FetchedDocument.class, FetchedDocument.SCHEMA).sha256());
    }

    @Test
    void aRecordWhoseBytesDoNotMatchItsSha256IsDeadLetteredWithThatReason() {
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250123_3.txt";
        byte[] bytes = Fixtures.seeds().get(1).bytes();
        FetchedDocument d = FetchedDocument.of(url, url, "test", null, null, Instant.now(), "text/plain", "UTF-8", bytes);
        FetchedDocument forged = new FetchedDocument(d.schema(), d.sourceUrl(), d.canonicalUrl(), d.portalId(),
                d.agencyHint(), d.publishedOn(), d.fetchedAt(), d.contentType(), d.charset(),
                FetchedDocument.sha256("other bytes".getBytes(StandardCharsets.UTF_8)), bytes);
        probe().send(Topics.DOCUMENTS, url, Json.write(forged));
        ConsumerRecord<String, byte[]> dead = probe().first(Topics.DOCUMENTS_DLQ, r -> url.equals(r.key()), WAIT);
        String reason = KafkaProbe.header(dead, DeadLetters.REASON);
        assertTrue(reason.contains("does not match its sha256"), reason);
    }

    @Test
    void healthShowsTheParseWorkers() {
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'parse-workers' }.status", equalTo("UP"));
        long until = System.nanoTime() + WAIT.toNanos();
        io.restassured.response.Response ready;
        do {
            ready = given().when().get("/q/health/ready");
        } while (ready.statusCode() != 200 && System.nanoTime() < until);
        assertEquals(200, ready.statusCode(), ready.asString());
        assertEquals(Integer.valueOf(2), ready.path("checks.find { it.name == 'parse-workers' }.data.workers"));
    }

    @Test
    void theHttpEndpointParsesADocumentOrSaysWhyItCannot() {
        given().body(Fixtures.seeds().get(4).bytes()).contentType("text/plain")
                .when().post("/api/parse")
                .then().statusCode(200)
                .body("agency", equalTo("重庆市黔江区"))
                .body("format", equalTo("2021"))
                .body("requests.unavailable_needs_creation.total", equalTo(null))
                .body("active_disclosure.administrative_fees.amount_yuan", equalTo("79263139"));
        given().body("%PDF-1.4\n%broken".getBytes(StandardCharsets.US_ASCII)).contentType("application/pdf")
                .when().post("/api/parse")
                .then().statusCode(422)
                .body("error", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void aRereadRequestIsReadLikeAFetchAndMarkedWithTheStoredVersion() {
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250123_9.txt";
        FetchedDocument doc = FetchedDocument.of(url, url, "test", null, LocalDate.of(2025, 1, 25),
                Instant.parse("2025-01-26T00:00:00Z"), "text/plain", "UTF-8", Fixtures.seeds().get(0).bytes());
        probe().send(Topics.REPARSE, url, Json.write(RereadRequest.of(new Reread(77, 4242), doc)));

        ConsumerRecord<String, byte[]> parsed = probe().first(Topics.PARSED, r -> KafkaProbe.text(r).contains(url), WAIT);
        ParsedReport report = Json.read(parsed.value(), ParsedReport.class, ParsedReport.SCHEMA);
        assertEquals("重庆市綦江区应急管理局", parsed.key());
        assertNotNull(report.reread(), "marked as a re-read");
        assertEquals(4242, report.reread().versionId());
        assertEquals(77, report.reread().runId());
        assertEquals(expectedParserVersion(), report.parserVersion());
        assertEquals(2, report.report().requests().get("new_received", "total").intValue());
        assertEquals(doc.sha256(), report.document().sha256());
        // never a new fetch: nothing of it on the documents topic
        assertTrue(seen(Topics.DOCUMENTS, r -> url.equals(r.key())).isEmpty());
    }

    @Test
    void aRereadOfBytesThatDoNotMatchTheirHashIsNotReported() {
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250123_8.txt";
        String good = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250123_7.txt";
        byte[] bytes = Fixtures.seeds().get(0).bytes();
        FetchedDocument d = FetchedDocument.of(url, url, "test", null, null, Instant.now(), "text/plain", "UTF-8", bytes);
        FetchedDocument forged = new FetchedDocument(d.schema(), url, url, "test", null, null, d.fetchedAt(),
                "text/plain", "UTF-8", FetchedDocument.sha256("x".getBytes(StandardCharsets.UTF_8)), bytes);
        probe().send(Topics.REPARSE, url, Json.write(RereadRequest.of(new Reread(78, 1), forged)));
        probe().send(Topics.REPARSE, good, Json.write(RereadRequest.of(new Reread(78, 2),
                FetchedDocument.of(good, good, "test", null, null, Instant.now(), "text/plain", "UTF-8", bytes))));
        // the channel goes on past the failed one: the next re-read arrives, the forged one never does
        probe().first(Topics.PARSED, r -> KafkaProbe.text(r).contains(good), WAIT);
        assertTrue(seen(Topics.PARSED, r -> KafkaProbe.text(r).contains(url)).isEmpty());
    }

    @Test
    void theParserVersionFallsBackFromSettingToBuildToManifest() {
        assertEquals("9.9", ParserVersion.resolve(java.util.Optional.of("9.9"), java.util.Optional.of("1.0"), "0.5"));
        assertEquals("1.0", ParserVersion.resolve(java.util.Optional.of(" "), java.util.Optional.of("1.0"), "0.5"));
        assertEquals("0.5", ParserVersion.resolve(java.util.Optional.empty(), java.util.Optional.empty(), "0.5"));
        assertEquals(ParserVersion.UNKNOWN, ParserVersion.resolve(java.util.Optional.empty(), java.util.Optional.empty(), null));
    }

    /** Every record on the topic so far that matches (reads for a few seconds). */
    private java.util.List<ConsumerRecord<String, byte[]>> seen(String topic,
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> match) {
        return probe().readUntil(topic, s -> false, Duration.ofSeconds(5)).stream().filter(match).toList();
    }

    private static String expectedParserVersion() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.application.version", String.class);
    }

    /** Talks to the broker the service under test uses. */
    private KafkaProbe probe() {
        return new KafkaProbe(bootstrapServers);
    }
}
