package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.store.checks.FilingChecks;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Overdue filings: one alert per body and year across runs, resolved by the report's arrival. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class MissingFilingTest {
    @Inject
    FilingChecks checks;

    static JsonPath alerts(String agency, String kind) {
        return given().queryParam("agency", agency).queryParam("kind", kind).get("/api/alerts")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMissingFilingAlertsOnceAndIsResolvedByTheReport() {
        String agency = Pipeline.unique("重庆市期限区审计局");
        AnnualReport filed2023 = Pipeline.copy(Pipeline.seed(0), agency, "重庆市期限区", 2023);
        Pipeline.send(Pipeline.validated(filed2023, "", LocalDate.of(2024, 1, 15), List.of()));
        Pipeline.await("the 2023 report", 60, () -> IngestTest.reportId(agency, 2023) != null);

        checks.run(LocalDate.of(2025, 1, 31));
        assertEquals(0, alerts(agency, "missing_filing").getInt("total"), "not missing on the deadline itself");
        checks.run(LocalDate.of(2025, 6, 1));
        checks.run(LocalDate.of(2025, 6, 2));
        given().auth().preemptive().basic("operator", "operator").post("/api/checks/run").then().statusCode(200);
        JsonPath missing = alerts(agency, "missing_filing");
        assertEquals(1, missing.getInt("total"), "one alert across repeated runs");
        assertEquals(2024, missing.getInt("items[0].year"));
        assertNull(missing.get("items[0].resolved_at"));
        String alertId = missing.getString("items[0].alert_id");
        var sent = Pipeline.alerts(r -> agency.equals(r.key())
                && FilingAlert.type("missing_filing").equals(Pipeline.header(r, "ce_type")));
        assertEquals(1, sent.size(), "one missing-filing event");
        assertEquals(alertId, Pipeline.header(sent.get(0), "ce_id"));
        assertEquals(agency + "/2024", Pipeline.header(sent.get(0), "ce_subject"));
        assertEquals("missing", given().queryParam("region", "重庆市期限区").get("/api/agencies").then().extract()
                .jsonPath().getString("agencies.find { it.name == '" + agency + "' }.years.find { it.year == 2024 }.status"));

        AnnualReport late = Pipeline.copy(Pipeline.seed(0), agency, "重庆市期限区", 2024);
        // seed 000 repeals one normative document out of none in force: keep the stock consistent across years
        late.activeDisclosure().put("normative_documents", "repealed", java.math.BigDecimal.ZERO);
        Pipeline.send(Pipeline.validated(late, "", LocalDate.of(2025, 3, 1), List.of()));
        Pipeline.await("the missing alert resolved", 60,
                () -> alerts(agency, "missing_filing").get("items[0].resolved_at") != null);
        JsonPath lateAlerts = alerts(agency, "late_filing");
        assertEquals(1, lateAlerts.getInt("total"));
        assertEquals("store", lateAlerts.getString("items[0].origin"));
        assertEquals("2025-01-31", lateAlerts.getString("items[0].expected"));
        checks.run(LocalDate.of(2025, 6, 3));
        assertEquals(1, alerts(agency, "missing_filing").getInt("total"), "no new alert once filed");
        assertEquals("late", given().queryParam("region", "重庆市期限区").get("/api/agencies").then().extract()
                .jsonPath().getString("agencies.find { it.name == '" + agency + "' }.years.find { it.year == 2024 }.status"));
    }

    @Test
    void theRegistryNamesBodiesThatNeverFiled() {
        checks.run(LocalDate.of(2026, 6, 1));
        checks.run(LocalDate.of(2026, 6, 1));
        JsonPath missing = alerts("重庆市测试区档案馆", "missing_filing");
        assertEquals(1, missing.getInt("total"));
        assertEquals(2025, missing.getInt("items[0].year"));
        assertEquals("2026-01-31", missing.getString("items[0].expected"));
    }

    @Test
    void writesNeedTheOperatorRole() {
        given().post("/api/checks/run").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer").post("/api/checks/run").then().statusCode(403);
        String agency = "重庆市测试区档案馆";
        checks.run(LocalDate.of(2026, 6, 1));
        String alertId = alerts(agency, "missing_filing").getString("items[0].alert_id");
        given().post("/api/alerts/" + alertId + "/acknowledge").then().statusCode(401);
        JsonPath acked = given().auth().preemptive().basic("operator", "operator")
                .post("/api/alerts/" + alertId + "/acknowledge").then().statusCode(200).extract().jsonPath();
        assertEquals("operator", acked.getString("acknowledged_by"));
        assertNotNull(acked.getString("acknowledged_at"));
        given().auth().preemptive().basic("operator", "operator").post("/api/alerts/nope/acknowledge").then().statusCode(404);
    }
}
