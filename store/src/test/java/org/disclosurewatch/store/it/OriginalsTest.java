package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Originals: kept once per SHA-256 from the documents topic, served byte for byte, linked from the report page. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OriginalsTest {
    @Inject
    AgroalDataSource db;

    @Test
    void anIngestedReportServesItsOriginalByteForByte() throws Exception {
        Pipeline.FetchedTwice filing = Pipeline.ingestGbkFilingFetchedTwice("重庆市原件区", "orig",
                sha -> count("select count(*) from original_fetch where sha256 = ?", sha));
        long id = filing.reportId();
        FetchedDocument doc = filing.document();
        byte[] bytes = filing.bytes();

        Response r = given().get("/api/reports/" + id + "/versions/1/original").then().statusCode(200).extract().response();
        byte[] served = r.asByteArray();
        assertArrayEquals(bytes, served);
        assertEquals(doc.sha256(), FetchedDocument.sha256(served));
        assertEquals(doc.sha256(), r.header("X-Content-SHA256"));
        assertTrue(r.header("Repr-Digest").startsWith("sha-256=:"));
        assertEquals("text/html; charset=GBK", r.contentType());

        assertEquals(1, count("select count(*) from original where sha256 = ?", doc.sha256()), "bytes kept once");
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select encoding, stored_bytes, size_bytes from original where sha256 = ?")) {
            s.setString(1, doc.sha256());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("gzip", rs.getString(1));
                assertTrue(rs.getLong(2) < rs.getLong(3) / 3, "kept compressed");
                assertEquals(bytes.length, rs.getLong(3));
            }
        }

        JsonPath detail = given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
        String originalUrl = "/api/reports/" + id + "/versions/1/original";
        assertEquals(originalUrl, detail.getString("versions[0].original_url"));
        Document page = Jsoup.parse(given().get("/reports/" + id).then().statusCode(200).extract().asString());
        assertEquals(originalUrl, page.select(".version a.original").attr("href"));
        assertEquals(doc.sourceUrl(), page.select(".version a.original").prev().attr("href"), "beside the portal link");

        given().get("/api/reports/" + id + "/versions/2/original").then().statusCode(404);
        given().get("/api/reports/987654321/versions/1/original").then().statusCode(404);
    }

    @Test
    void aVersionWhoseDocumentNeverArrivedHasNoOriginal() {
        String region = Pipeline.unique("重庆市无原件区");
        String agency = region + "档案局";
        AnnualReport report = Pipeline.copy(Pipeline.seed(0), agency, region, 2024);
        Pipeline.send(Pipeline.validated(report, "none", LocalDate.of(2025, 1, 10), List.of()));
        long id = Pipeline.awaitValue("the report", 60, () -> IngestTest.reportId(agency, 2024));
        given().get("/api/reports/" + id + "/versions/1/original").then().statusCode(404);
        assertNull(given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath()
                .getString("versions[0].original_url"));
    }

    @Test
    void anOriginalLargerThanWhatTheConsumerFetchesAheadIsKept() {
        // 3 MB that do not compress: larger than the 1 MB a partition the originals consumer fetches ahead
        byte[] bytes = new byte[3 * 1024 * 1024];
        new java.util.Random(5).nextBytes(bytes);
        String url = "http://portal.test/" + Pipeline.unique("large") + ".pdf";
        FetchedDocument doc = new FetchedDocument(FetchedDocument.SCHEMA, url, url, "test-portal", null, null,
                Instant.now(), "application/pdf", null, FetchedDocument.sha256(bytes), bytes);
        Pipeline.sendTo(Topics.DOCUMENTS, url, Json.write(doc));
        Pipeline.await("the large original", 60, () -> count("select count(*) from original where sha256 = ?",
                doc.sha256()) == 1);
        assertEquals(bytes.length, count("select size_bytes from original where sha256 = ?", doc.sha256()));
    }

    @Test
    void aDocumentWhoseBytesDoNotMatchItsHashIsDeadLettered() {
        byte[] bytes = ("forged " + Pipeline.unique("x")).getBytes(StandardCharsets.UTF_8);
        String declared = FetchedDocument.sha256(("other " + Pipeline.unique("y")).getBytes(StandardCharsets.UTF_8));
        String url = "http://portal.test/" + Pipeline.unique("forged") + ".html";
        FetchedDocument forged = new FetchedDocument(FetchedDocument.SCHEMA, url, url, "test-portal", null, null,
                Instant.now(), "text/html", "UTF-8", declared, bytes);
        Pipeline.sendTo(Topics.DOCUMENTS, url, Json.write(forged));
        Pipeline.await("the forged document on the dead-letter topic", 60, () -> !Pipeline.records(Topics.DOCUMENTS_DLQ,
                rec -> url.equals(rec.key())).isEmpty());
        assertEquals(0, count("select count(*) from original where sha256 = ?", declared));
        assertEquals(0, count("select count(*) from original where sha256 = ?", FetchedDocument.sha256(bytes)));
    }

    private long count(String sql, String sha) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
