package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Checks across a body's filings, whichever year arrives first. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class CrossFilingTest {

    /** Two consecutive filings that agree except 3 vs 4 carried over for natural persons (and the total). */
    static AnnualReport[] pair(String agency) {
        AnnualReport last = Pipeline.copy(Pipeline.seed(0), agency, "重庆市顺序区", 2024);
        AnnualReport now = Pipeline.copy(Pipeline.seed(2), agency, "重庆市顺序区", 2025);
        for (ColumnSpec c : Forms.REQUEST_COLUMNS) {
            now.requests().put("carried_over", c.key(), last.requests().get("carried_forward", c.key()));
        }
        last.requests().put("carried_forward", "natural_person", new BigDecimal(4));
        last.requests().put("carried_forward", "total", new BigDecimal(4));
        now.requests().put("carried_over", "natural_person", new BigDecimal(3));
        now.requests().put("carried_over", "total", new BigDecimal(3));
        for (String row : List.of("regulations", "normative_documents")) {
            BigDecimal expected = last.activeDisclosure().get(row, "in_force")
                    .add(now.activeDisclosure().get(row, "issued"))
                    .subtract(now.activeDisclosure().get(row, "repealed"));
            now.activeDisclosure().put(row, "in_force", expected);
        }
        return new AnnualReport[] {last, now};
    }

    static JsonPath findingsOf(String agency, int year) {
        Long id = IngestTest.reportId(agency, year);
        return given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void assertCarryOverFound(String agency) {
        JsonPath d = findingsOf(agency, 2025);
        assertEquals(List.of("requests.carried_over.natural_person", "requests.carried_over.total"),
                d.getList("findings.findAll { it.kind == 'carryover_mismatch' }.cell"));
        assertEquals("4", d.getString("findings.find { it.cell == 'requests.carried_over.natural_person' }.expected"));
        assertEquals("inconsistent", d.getString("report.status"));
        assertEquals(List.of(), findingsOf(agency, 2024).getList("findings.kind"), "the earlier filing has no cross-filing finding");
        JsonPath alerts = given().queryParam("agency", agency).queryParam("kind", "carryover_mismatch")
                .get("/api/alerts").then().statusCode(200).extract().jsonPath();
        assertEquals(2, alerts.getInt("total"));
        var sent = Pipeline.alerts(r -> agency.equals(r.key()));
        assertEquals(2, sent.size());
        sent.forEach(r -> assertEquals(FilingAlert.type("carryover_mismatch"), Pipeline.header(r, "ce_type")));
        sent.forEach(r -> assertEquals("warning", Pipeline.header(r, "ce_severity")));
        sent.forEach(r -> assertEquals("carryover_mismatch", Pipeline.header(r, "ce_kind")));
        assertEquals("inconsistent", given().queryParam("agency", agency).queryParam("year", 2025).get("/api/reports")
                .then().extract().jsonPath().getString("items[0].status"), "the stored status is recomputed");
    }

    @Test
    void carryOverMismatchWhenLastYearArrivesFirst() {
        String agency = Pipeline.unique("重庆市顺序区甲局");
        AnnualReport[] p = pair(agency);
        Pipeline.send(Pipeline.validated(p[0], "", LocalDate.of(2025, 1, 20), List.of()));
        Pipeline.await("2024", 60, () -> IngestTest.reportId(agency, 2024) != null);
        Pipeline.send(Pipeline.validated(p[1], "", LocalDate.of(2026, 1, 20), List.of()));
        Pipeline.await("2025 with its findings", 60, () -> IngestTest.reportId(agency, 2025) != null
                && findingsOf(agency, 2025).getList("findings").size() == 2);
        assertCarryOverFound(agency);
    }

    @Test
    void carryOverMismatchWhenThisYearArrivesFirst() {
        String agency = Pipeline.unique("重庆市顺序区乙局");
        AnnualReport[] p = pair(agency);
        Pipeline.send(Pipeline.validated(p[1], "", LocalDate.of(2026, 1, 20), List.of()));
        Pipeline.await("2025", 60, () -> IngestTest.reportId(agency, 2025) != null);
        assertEquals(List.of(), findingsOf(agency, 2025).getList("findings"));
        Pipeline.send(Pipeline.validated(p[0], "", LocalDate.of(2025, 1, 20), List.of()));
        Pipeline.await("2025's findings", 60, () -> IngestTest.reportId(agency, 2024) != null
                && findingsOf(agency, 2025).getList("findings").size() == 2);
        assertCarryOverFound(agency);
    }

    @Test
    void stockFlowMismatchOnThe2021Form() {
        String agency = Pipeline.unique("重庆市顺序区丙局");
        AnnualReport[] p = pair(agency);
        for (ColumnSpec c : Forms.REQUEST_COLUMNS) {
            p[1].requests().put("carried_over", c.key(), p[0].requests().get("carried_forward", c.key()));
        }
        BigDecimal inForce = p[1].activeDisclosure().get("normative_documents", "in_force");
        p[1].activeDisclosure().put("normative_documents", "in_force", inForce.add(BigDecimal.ONE));
        Pipeline.send(Pipeline.validated(p[0], "", null, List.of()), Pipeline.validated(p[1], "", null, List.of()));
        Pipeline.await("the stock-flow finding", 60, () -> IngestTest.reportId(agency, 2025) != null
                && IngestTest.reportId(agency, 2024) != null
                && findingsOf(agency, 2025).getList("findings.kind").equals(List.of("stock_flow_mismatch")));
        JsonPath d = findingsOf(agency, 2025);
        assertEquals("active_disclosure.normative_documents.in_force", d.getString("findings[0].cell"));
        assertEquals(inForce.add(BigDecimal.ONE).toPlainString(), d.getString("findings[0].observed"));
        assertEquals(inForce.toPlainString(), d.getString("findings[0].expected"));
    }
}
