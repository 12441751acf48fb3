package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.RereadRequest;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Reparse on the real broker and database: a version whose recorded parse differs from what today's parser
 * reads is re-read; the store keeps both parses and the difference, and a second re-read confirms. The test
 * stands in for the parser and validator (each tested on the re-read topic in its own module): it takes the
 * re-read requests the store publishes and answers, as they would, with the seed's answer key, which is what
 * today's parser reads from the seed document (ParserServiceTest).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ReparseTest {
    private static final String CELL = "requests.new_received.total";

    @Test
    void aDifferingVersionGetsASecondParseWithItsDifferencesAndASecondRereadConfirms() {
        String region = Pipeline.unique("重庆市重读区");
        String agency = region + "应急管理局";
        AnnualReport today = Pipeline.copy(Pipeline.seed(0), agency, region, 2024);
        BigDecimal truth = today.requests().get("new_received", "total");
        // what an older parser read: one cell wrong, and the validator's finding about it
        AnnualReport older = Pipeline.copy(today, agency, region, 2024);
        older.requests().put("new_received", "total", truth.add(BigDecimal.ONE));
        Finding wrongSum = new Finding("part3.row_sum", 1, "inconsistent_total", Severity.ERROR, CELL, List.of(CELL),
                truth.add(BigDecimal.ONE).toPlainString(), truth.toPlainString(), "合计与分项之和不符");

        byte[] bytes = (new String(Fixtures.seeds().get(0).bytes(), StandardCharsets.UTF_8) + "\n" + region)
                .getBytes(StandardCharsets.UTF_8);
        String url = "http://portal.test/" + Pipeline.unique("reread") + ".txt";
        FetchedDocument doc = FetchedDocument.of(url, url, "test-portal", agency, LocalDate.of(2025, 1, 20),
                Instant.now().minusSeconds(600), "text/plain", "UTF-8", bytes);
        Pipeline.sendTo(Topics.DOCUMENTS, url, Json.write(doc));
        Pipeline.send(new ValidatedReport(ValidatedReport.SCHEMA, doc.ref(), older, List.of(wrongSum),
                Instant.parse("2025-01-21T00:00:00Z"), Instant.parse("2025-01-21T00:00:01Z"), "0.0.9", null));
        // a control in another region, with its original: a run filtered to the first region never touches it
        String otherRegion = Pipeline.unique("重庆市对照区");
        AnnualReport control = Pipeline.copy(today, otherRegion + "应急管理局", otherRegion, 2024);
        byte[] controlBytes = ("control " + otherRegion).getBytes(StandardCharsets.UTF_8);
        FetchedDocument controlDoc = FetchedDocument.of(url + "?c", url + "?c", "test-portal", null, null,
                Instant.now().minusSeconds(600), "text/plain", "UTF-8", controlBytes);
        Pipeline.sendTo(Topics.DOCUMENTS, controlDoc.canonicalUrl(), Json.write(controlDoc));
        Pipeline.send(new ValidatedReport(ValidatedReport.SCHEMA, controlDoc.ref(), control, List.of(),
                Instant.now(), Instant.now(), "0.0.9", null));

        long id = Pipeline.awaitValue("the report", 60, () -> IngestTest.reportId(agency, 2024));
        long controlId = Pipeline.awaitValue("the control", 60, () -> IngestTest.reportId(control.agency(), 2024));
        Pipeline.await("both originals", 60, () -> given().get("/api/reports/" + id + "/versions/1/original").statusCode() == 200
                && given().get("/api/reports/" + controlId + "/versions/1/original").statusCode() == 200);
        JsonPath before = detail(id);
        assertEquals("0.0.9", before.getString("versions[0].parser_version"));
        assertEquals("2025-01-21T00:00:00Z", before.getString("versions[0].parsed_at"));
        assertEquals(1, before.getList("versions[0].parses").size());
        assertEquals("first", before.getString("versions[0].parses[0].outcome"));

        // only an operator starts a run; a dry run selects and sends nothing
        given().auth().preemptive().basic("viewer", "viewer").post("/api/reparse?region=" + region).then().statusCode(403);
        JsonPath dry = given().auth().preemptive().basic("operator", "operator")
                .post("/api/reparse?dry_run=true&parser_older_than=0.1.0&region=" + region)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, dry.getInt("selected"));
        assertEquals(0, dry.getInt("sent"));
        assertTrue(dry.getBoolean("done"));
        long dryRun = dry.getLong("id");

        // first run: today's parser reads the cell right, and the finding about it goes
        JsonPath run1 = rereadAndWait(region, "0.1.0", "0.2.0", today, List.of());
        assertEquals(1, run1.getInt("selected"));
        assertEquals("reparse: 1 read, 1 changed, 0 findings added, 1 findings gone", run1.getString("summary"));

        JsonPath after = detail(id);
        assertEquals(1, after.getList("versions").size(), "a re-read is a new parse of the same version, never a new version");
        assertEquals("0.2.0", after.getString("versions[0].parser_version"));
        assertEquals(List.of("first", "changed"), after.getList("versions[0].parses.outcome"));
        assertEquals("0.0.9", after.getString("versions[0].parses[0].parser_version"));
        assertEquals("0.2.0", after.getString("versions[0].parses[1].parser_version"));
        assertEquals(CELL, after.getString("versions[0].parses[1].differences.cells[0].path"));
        assertEquals(truth.add(BigDecimal.ONE).toPlainString(), after.getString("versions[0].parses[1].differences.cells[0].before"));
        assertEquals(truth.toPlainString(), after.getString("versions[0].parses[1].differences.cells[0].after"));
        assertEquals(1, after.getList("versions[0].parses[1].differences.cells").size());
        assertEquals("inconsistent_total", after.getString("versions[0].parses[1].differences.gone[0].kind"));
        assertEquals(0, after.getList("versions[0].parses[1].differences.added").size());
        assertEquals(truth.intValue(), after.getInt("cells.find { it.path == '" + CELL + "' }.value"));
        assertTrue(after.getList("findings.kind").stream().noneMatch("inconsistent_total"::equals));

        // the old parse keeps what it read
        JsonPath parses = given().get("/api/reports/" + id + "/versions/1/parses").then().statusCode(200).extract().jsonPath();
        assertEquals(truth.add(BigDecimal.ONE).toPlainString(), parses.getString("[0].cells['" + CELL + "']"));
        assertEquals("inconsistent_total", parses.getString("[0].findings[0].kind"));
        assertNull(parses.get("[1].cells"), "the latest parse reads as the version's cells");

        Document page = Jsoup.parse(given().get("/reports/" + id).then().statusCode(200).extract().asString());
        assertEquals(2, page.select("#parses li.parse").size());
        assertEquals("changed", page.select("#parses li.parse[data-parse=2]").attr("data-outcome"));
        assertEquals(CELL, page.select("#parses li.parse[data-parse=2] .diff-cell").attr("data-path"));
        assertEquals("0.2.0", page.select(".version .parser").attr("data-parser-version"));

        // second run: the same parser reads the same again — confirmed, nothing changed
        JsonPath run2 = rereadAndWait(region, "0.2.1", "0.2.1", today, List.of());
        assertEquals("reparse: 1 read, 0 changed, 0 findings added, 0 findings gone", run2.getString("summary"));
        JsonPath confirmed = detail(id);
        assertEquals(List.of("first", "changed", "confirmed"), confirmed.getList("versions[0].parses.outcome"));
        assertNull(confirmed.get("versions[0].parses[2].differences"));
        assertEquals("0.2.1", confirmed.getString("versions[0].parser_version"));

        // a parser that no longer takes it for an annual report is recorded, but the stored reading stands
        AnnualReport notAReport = new AnnualReport(DocumentKind.NOT_ANNUAL_REPORT, today.title(), agency,
                today.agencyLevel(), region, 2024, today.format(), today.signedOn(), new Cells(), new Cells(),
                new Cells(), today.narrative(), today.provenance(), today.diagnostics());
        JsonPath run3 = rereadAndWait(region, "0.3.0", "0.3.0", notAReport, List.of());
        assertEquals("reparse: 1 read, 0 changed, 0 findings added, 0 findings gone", run3.getString("summary"));
        JsonPath stands = detail(id);
        assertEquals(List.of("first", "changed", "confirmed", "not_a_report"), stands.getList("versions[0].parses.outcome"));
        assertEquals("0.2.1", stands.getString("versions[0].parser_version"));
        assertEquals(truth.intValue(), stands.getInt("cells.find { it.path == '" + CELL + "' }.value"));

        // nothing older than 0.2.1 is left in the region; the control was never touched, the dry run never sent
        JsonPath none = given().auth().preemptive().basic("operator", "operator")
                .post("/api/reparse?dry_run=true&parser_older_than=0.2.1&region=" + region)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, none.getInt("selected"));
        assertEquals(1, detail(controlId).getList("versions[0].parses").size());
        assertTrue(rereadRequests(dryRun).isEmpty());
    }

    /** Starts a run, answers its re-read requests as parser and validator would, and waits for its summary. */
    private JsonPath rereadAndWait(String region, String olderThan, String parserVersion, AnnualReport reading,
                                   List<Finding> findings) {
        JsonPath started = given().auth().preemptive().basic("operator", "operator")
                .post("/api/reparse?rate=20&parser_older_than=" + olderThan + "&region=" + region)
                .then().statusCode(202).extract().jsonPath();
        long run = started.getLong("id");
        List<ConsumerRecord<String, byte[]>> requests = Pipeline.awaitValue("the run's re-read requests", 60, () -> {
            List<ConsumerRecord<String, byte[]>> r = rereadRequests(run);
            return r.size() == started.getInt("selected") ? r : null;
        });
        for (ConsumerRecord<String, byte[]> rec : requests) {
            RereadRequest request = Json.read(rec.value(), RereadRequest.class, RereadRequest.SCHEMA);
            FetchedDocument doc = request.document();
            assertEquals(doc.canonicalUrl(), rec.key());
            assertEquals(doc.sha256(), FetchedDocument.sha256(doc.content()), "the original's exact bytes");
            assertArrayEquals(given().get(detailOriginal(doc)).then().extract().asByteArray(), doc.content());
            Pipeline.send(new ValidatedReport(ValidatedReport.SCHEMA, doc.ref(), reading, findings, Instant.now(),
                    Instant.now(), parserVersion, request.reread()));
        }
        return Pipeline.awaitValue("the run's summary", 60, () -> {
            JsonPath p = given().get("/api/reparse/" + run).then().statusCode(200).extract().jsonPath();
            return p.getBoolean("done") ? p : null;
        });
    }

    private static String detailOriginal(FetchedDocument doc) {
        return "/api/reports/" + IngestTest.reportId(doc.agencyHint(), 2024) + "/versions/1/original";
    }

    private static List<ConsumerRecord<String, byte[]>> rereadRequests(long run) {
        return Pipeline.records(Topics.REPARSE, r -> Json.read(r.value(), RereadRequest.class, RereadRequest.SCHEMA)
                .reread().runId() == run);
    }

    private static JsonPath detail(long id) {
        return given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
    }
}
