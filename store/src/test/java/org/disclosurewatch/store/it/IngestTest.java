package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Storing validated reports from the real topic into the real database. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class IngestTest {

    static JsonPath reportsOf(String agency) {
        return given().queryParam("agency", agency).get("/api/reports").then().statusCode(200).extract().jsonPath();
    }

    static Long reportId(String agency, int year) {
        List<Integer> ids = given().queryParam("agency", agency).queryParam("year", year).get("/api/reports")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    @Test
    void duplicateDeliveryIsStoredOnce() {
        String agency = Pipeline.unique("重庆市重复区应急管理局");
        AnnualReport r = Pipeline.copy(Pipeline.seed(0), agency, "重庆市重复区", 2024);
        ValidatedReport v = Pipeline.validated(r, "a", LocalDate.of(2025, 1, 20), List.of());
        String marker = agency + "-marker";
        Pipeline.send(v, v);
        Pipeline.send(Pipeline.validated(Pipeline.copy(r, marker, "重庆市重复区", 2024), "m", null, List.of()));
        // the marker is on the same partition (same key hash is not guaranteed), so wait for both
        Pipeline.await("the report and the marker", 60, () -> reportId(agency, 2024) != null && reportId(marker, 2024) != null);
        Pipeline.await("the second delivery to be consumed", 60, () -> consumedBothCopies(v));
        long id = reportId(agency, 2024);
        JsonPath detail = given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(1, detail.getList("versions").size(), "one version for two deliveries of the same document");
        assertEquals(1, detail.getInt("report.versions"));
        assertEquals(r.activeDisclosure().size() + r.requests().size() + r.reviewsAndLitigation().size(),
                detail.getList("cells").size(), "every cell stored once");
        assertEquals(1, reportsOf(agency).getInt("total"));
    }

    /** Both copies were read: the group's committed offsets moved past them (the lag API reads them). */
    private static boolean consumedBothCopies(ValidatedReport v) {
        JsonPath lag = given().get("/api/lag").then().statusCode(200).extract().jsonPath();
        Integer behind = lag.getInt("stages.find { it.group == 'dw-store' }.records_behind");
        return behind != null && behind == 0;
    }

    @Test
    void aRevisedFilingKeepsBothVersionsAndAlerts() {
        String agency = Pipeline.unique("重庆市更正区民政局");
        AnnualReport first = Pipeline.copy(Pipeline.seed(1), agency, "重庆市更正区", 2024);
        AnnualReport corrected = Pipeline.copy(first, agency, "重庆市更正区", 2024);
        corrected.requests().put("granted", "natural_person", new BigDecimal(99));
        Pipeline.send(Pipeline.validated(first, "v1", LocalDate.of(2025, 1, 10), List.of()));
        Pipeline.await("first version", 60, () -> reportId(agency, 2024) != null);
        Pipeline.send(Pipeline.validated(corrected, "v2", LocalDate.of(2025, 2, 10), List.of()));
        long id = reportId(agency, 2024);
        Pipeline.await("second version", 60, () -> given().get("/api/reports/" + id).then().extract().jsonPath()
                .getList("versions").size() == 2);
        JsonPath detail = given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
        List<String> shas = detail.getList("versions.sha256");
        assertEquals(2, shas.size());
        assertFalse(shas.get(0).equals(shas.get(1)));
        assertEquals(List.of(false, true), detail.getList("versions.current"));
        assertEquals(99, detail.getInt("cells.find { it.path == 'requests.granted.natural_person' }.value"));
        assertTrue(detail.getList("findings.kind").contains("filing_revised"));

        JsonPath alerts = given().queryParam("agency", agency).queryParam("kind", "filing_revised").get("/api/alerts")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, alerts.getInt("total"));
        String alertId = alerts.getString("items[0].alert_id");
        var sent = Pipeline.alerts(rec -> agency.equals(rec.key()));
        assertEquals(1, sent.size(), "one revised alert on the alerts topic");
        var rec = sent.get(0);
        assertEquals(FilingAlert.type("filing_revised"), Pipeline.header(rec, "ce_type"));
        assertEquals(FilingAlert.SOURCE, Pipeline.header(rec, "ce_source"));
        assertEquals(agency + "/2024", Pipeline.header(rec, "ce_subject"));
        assertEquals(alertId, Pipeline.header(rec, "ce_id"));
        FilingAlert data = Json.read(rec.value(), FilingAlert.class, FilingAlert.SCHEMA);
        assertEquals("filing_revised", data.finding().kind());
        assertEquals(alertId, data.alertId());
        Pipeline.await("the broker's acknowledgement recorded", 30, () -> given().queryParam("agency", agency)
                .queryParam("kind", "filing_revised").get("/api/alerts").then().extract().jsonPath()
                .get("items[0].sent_at") != null);
        assertEquals(0, given().queryParam("agency", agency).queryParam("origin", "validator").get("/api/alerts")
                .then().extract().jsonPath().getInt("total"), "no validator alerts for a filing without findings");
    }

    @Test
    void documentsThatAreNotReportsAreNotStored() {
        String agency = Pipeline.unique("重庆市新闻区办公室");
        AnnualReport r = Pipeline.seed(0);
        AnnualReport news = new AnnualReport(DocumentKind.NOT_ANNUAL_REPORT, "关于开展某项工作的通知", agency,
                r.agencyLevel(), "重庆市新闻区", 2024, null, null, null, null, null, null, null, null);
        String marker = agency + "-after";
        Pipeline.send(Pipeline.validated(news, "n", null, List.of()));
        Pipeline.sendRaw(agency, "not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Pipeline.send(Pipeline.validated(Pipeline.copy(r, marker, "重庆市新闻区", 2024), "m", null, List.of()));
        Pipeline.await("records after it", 60, () -> reportId(marker, 2024) != null);
        Pipeline.await("every record consumed", 60, () -> consumedBothCopies(null));
        assertEquals(0, reportsOf(agency).getInt("total"));
        assertNotNull(reportId(marker, 2024));
        var dead = Pipeline.records(org.disclosurewatch.contracts.Topics.VALIDATED_DLQ, rec -> agency.equals(rec.key()));
        assertEquals(1, dead.size(), "the unreadable record is dead-lettered, the other one is not");
        assertEquals("not json", new String(dead.get(0).value(), java.nio.charset.StandardCharsets.UTF_8));
        assertNotNull(Pipeline.header(dead.get(0), org.disclosurewatch.contracts.kafka.DeadLetters.REASON));
    }

    @Test
    void aReportThatNamesNoBodyIsStoredWithItsFindingsNotDeadLettered() {
        String region = Pipeline.unique("重庆市无名区");
        AnnualReport r = Pipeline.copy(Pipeline.seed(0), null, region, 2024);
        Finding unnamed = Finding.of("form.agency", 1, FindingKind.MISSING_AGENCY, null, List.of(), null, "报告机关名称",
                "无法确定报告机关");
        ValidatedReport v = Pipeline.validated(r, "unnamed", LocalDate.of(2025, 1, 20), List.of(unnamed));
        Pipeline.send(v);
        String filedAs = StoreRules.unnamedAgency(v.document().canonicalUrl(), v.document().sha256());
        Pipeline.await("the unnamed report", 60, () -> reportId(filedAs, 2024) != null);
        JsonPath detail = given().get("/api/reports/" + reportId(filedAs, 2024)).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("missing_agency"), detail.getList("findings.kind"));
        assertEquals(region, detail.getString("report.region"));
        assertEquals(1, given().queryParam("agency", filedAs).queryParam("kind", "missing_agency").get("/api/alerts")
                .then().extract().jsonPath().getInt("total"));
        assertTrue(Pipeline.records(org.disclosurewatch.contracts.Topics.VALIDATED_DLQ,
                rec -> "unknown".equals(rec.key())).isEmpty(), "nothing dead-lettered");
    }

    @Test
    void listsArePagedInTheDatabaseWithTheirTotal() {
        String region = Pipeline.unique("重庆市分页区");
        List<ValidatedReport> records = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(Pipeline.validated(Pipeline.copy(Pipeline.seed(0), region + "局" + i, region, 2024), "p" + i,
                    LocalDate.of(2025, 1, 20), List.of()));
        }
        Pipeline.send(records);
        Pipeline.await("five reports", 60, () -> given().queryParam("region", region).get("/api/reports").then()
                .extract().jsonPath().getInt("total") == 5);
        List<String> all = given().queryParam("region", region).get("/api/reports").then().extract().jsonPath()
                .getList("items.agency");
        assertEquals(all.stream().sorted().toList(), all, "by body within a year");
        JsonPath page = given().queryParam("region", region).queryParam("page", 2).queryParam("size", 2)
                .get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(5, page.getInt("total"));
        assertEquals(List.of(all.get(4)), page.getList("items.agency"));
        assertEquals("on_time", page.getString("items[0].status"));
        JsonPath grid = given().queryParam("region", region).queryParam("size", 2).queryParam("page", 1)
                .get("/api/agencies").then().statusCode(200).extract().jsonPath();
        assertEquals(5, grid.getInt("total"));
        assertEquals(List.of(all.get(2), all.get(3)), grid.getList("agencies.name"));
        assertEquals("on_time", grid.getString("agencies[0].years.find { it.year == 2024 }.status"));
    }

    /**
     * Records arrive a poll at a time and the reports of a poll are stored in one transaction: a report that
     * fails for good among them is dead-lettered alone with its reason, and those before and after it are stored.
     */
    @Test
    void aReportThatFailsForGoodAmongOthersIsDeadLetteredAloneAndTheOthersAreStored() {
        String region = Pipeline.unique("重庆市毒丸区");
        String key = region + "-key";
        List<String> good = new java.util.ArrayList<>();
        List<byte[]> values = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String agency = region + "局" + i;
            // the middle one names no year: it cannot be filed (a permanent failure), the others can
            Integer year = i == 2 ? null : 2024;
            AnnualReport r = new AnnualReport(DocumentKind.ANNUAL_REPORT, "报告" + i, agency,
                    Pipeline.seed(0).agencyLevel(), region, year, Pipeline.seed(0).format(), null,
                    Pipeline.seed(0).activeDisclosure().copy(), Pipeline.seed(0).requests().copy(),
                    Pipeline.seed(0).reviewsAndLitigation().copy(), Pipeline.seed(0).narrative(), java.util.Map.of(),
                    List.of());
            values.add(Json.write(Pipeline.validated(r, "poll" + i, LocalDate.of(2025, 1, 20), List.of())));
            if (year != null) {
                good.add(agency);
            }
        }
        assertOnlyTheMiddleOneDeadLettered(region, key, values, good, "without a year");
    }

    /**
     * Sends five reports under one key (one partition, consecutive offsets, sent together so that they are read
     * in one poll) and checks that the four good ones are stored once each with their cells and that the middle
     * one alone is dead-lettered, its reason containing {@code reasonPart}.
     */
    private static void assertOnlyTheMiddleOneDeadLettered(String region, String key, List<byte[]> values,
                                                           List<String> good, String reasonPart) {
        Pipeline.sendTo(org.disclosurewatch.contracts.Topics.VALIDATED, key, values.toArray(new byte[0][]));
        Pipeline.await("the four good reports", 60, () -> given().queryParam("region", region).get("/api/reports")
                .then().extract().jsonPath().getInt("total") == 4);
        Pipeline.await("every record consumed", 60, () -> consumedBothCopies(null));
        List<String> stored = given().queryParam("region", region).get("/api/reports").then().extract().jsonPath()
                .getList("items.agency");
        assertEquals(good.stream().sorted().toList(), stored.stream().sorted().toList());
        for (String agency : good) {
            JsonPath detail = given().get("/api/reports/" + reportId(agency, 2024)).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(1, detail.getList("versions").size(), agency + " stored once");
            assertFalse(detail.getList("cells").isEmpty(), agency + " has its cells");
        }
        var dead = Pipeline.records(org.disclosurewatch.contracts.Topics.VALIDATED_DLQ, rec -> key.equals(rec.key()));
        assertEquals(1, dead.size(), "only the middle report is dead-lettered");
        ValidatedReport deadReport = Json.read(dead.get(0).value(), ValidatedReport.class, ValidatedReport.SCHEMA);
        assertEquals(region + "局2", deadReport.report().agency());
        String reason = Pipeline.header(dead.get(0), org.disclosurewatch.contracts.kafka.DeadLetters.REASON);
        assertNotNull(reason);
        assertTrue(reason.contains(reasonPart), reason);
    }

    /**
     * A report whose failure shows only when the poll is written (a finding without a kind: the database refuses
     * it) names no report of the poll: the poll's reports are then stored one by one, and that one alone is
     * dead-lettered.
     */
    @Test
    void aReportRefusedWhenThePollIsWrittenIsDeadLetteredAloneAndTheOthersAreStored() {
        String region = Pipeline.unique("重庆市写入区");
        String key = region + "-key";
        List<String> good = new java.util.ArrayList<>();
        List<byte[]> values = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String agency = region + "局" + i;
            AnnualReport r = Pipeline.copy(Pipeline.seed(0), agency, region, 2024);
            List<Finding> findings = i == 2
                    ? List.of(new Finding("text.note", 1, null, org.disclosurewatch.contracts.events.Severity.INFO,
                    null, List.of(), null, null, "没有类别的发现"))
                    : List.of();
            values.add(Json.write(Pipeline.validated(r, "write" + i, LocalDate.of(2025, 1, 20), findings)));
            if (i != 2) {
                good.add(agency);
            }
        }
        assertOnlyTheMiddleOneDeadLettered(region, key, values, good, "kind");
    }

    /** A body seen for the first time gets its region; a later report naming another region moves all its reports. */
    @Test
    void aBodysNewRegionReachesTheSummariesOfItsEarlierReports() {
        String agency = Pipeline.unique("重庆市迁移区教育委员会");
        String before = Pipeline.unique("重庆市旧区");
        String after = Pipeline.unique("重庆市新区");
        Pipeline.send(Pipeline.validated(Pipeline.copy(Pipeline.seed(0), agency, before, 2023), "r1",
                LocalDate.of(2024, 1, 20), List.of()));
        Pipeline.await("the first report", 60, () -> reportId(agency, 2023) != null);
        assertEquals(List.of(before), reportsOf(agency).getList("items.region"), "a new body's region is on its report");
        Pipeline.send(Pipeline.validated(Pipeline.copy(Pipeline.seed(0), agency, after, 2024), "r2",
                LocalDate.of(2025, 1, 20), List.of()));
        Pipeline.await("the second report", 60, () -> reportId(agency, 2024) != null);
        assertEquals(List.of(after, after), reportsOf(agency).getList("items.region"),
                "the earlier report's summary follows the body to its new region");
    }
}
