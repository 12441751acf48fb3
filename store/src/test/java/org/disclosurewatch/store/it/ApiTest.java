package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The read API: filters, paging, CSV, aggregates, the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ApiTest {

    @Test
    void filtersPagingCsvAndAggregates() {
        String region = Pipeline.unique("重庆市接口区");
        String a = region + "甲局";
        String b = region + "乙局";
        AnnualReport ra = Pipeline.copy(Pipeline.seed(0), a, region, 2024);
        AnnualReport rb = Pipeline.copy(Pipeline.seed(4), b, region, 2024);
        Pipeline.send(Pipeline.validated(ra, "", LocalDate.of(2025, 1, 2), List.of()),
                Pipeline.validated(rb, "", LocalDate.of(2025, 4, 20), List.of()));
        Pipeline.await("both reports", 60, () -> IngestTest.reportId(a, 2024) != null && IngestTest.reportId(b, 2024) != null);

        JsonPath all = given().queryParam("region", region).get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(2, all.getInt("total"));
        JsonPath page1 = given().queryParam("region", region).queryParam("size", 1).queryParam("page", 1)
                .get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(1, page1.getList("items").size());
        assertEquals(2, page1.getInt("total"));
        JsonPath page0 = given().queryParam("region", region).queryParam("size", 1).queryParam("page", 0)
                .get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(all.getList("items.agency"), List.of(page0.getString("items[0].agency"), page1.getString("items[0].agency")),
                "the last page (read from the end) continues the first in the listing's order");
        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(all.getList("items.agency", String.class)));
        assertEquals(List.of(b), given().queryParam("region", region).queryParam("status", "late").get("/api/reports")
                .then().statusCode(200).extract().jsonPath().getList("items.agency"), "b is a government filing after 31 March");
        given().queryParam("status", "sideways").get("/api/reports").then().statusCode(400);
        given().get("/api/reports/987654321").then().statusCode(404);

        long id = IngestTest.reportId(b, 2024);
        String csv = given().get("/api/reports/" + id + "/cells.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("path,section,row,column,value,kind", lines[0]);
        assertEquals(1 + rb.activeDisclosure().size() + rb.requests().size() + rb.reviewsAndLitigation().size(), lines.length);
        assertTrue(csv.contains("\r\nrequests.unavailable_needs_creation.total,requests,unavailable_needs_creation,total,,count\r\n"));
        assertTrue(csv.contains("\r\nrequests.new_received.total,requests,new_received,total,52,count\r\n"));

        JsonPath agg = given().queryParam("region", region).get("/api/aggregates").then().statusCode(200).extract().jsonPath();
        assertEquals(2024, agg.getInt("years[0].year"));
        assertEquals(2, agg.getInt("years[0].reports"));
        int applications = ra.requests().get("new_received", "total").intValue() + 52;
        assertEquals(applications, agg.getInt("years[0].applications"));
        assertEquals(ra.requests().get("granted", "total").intValue() + 19, agg.getInt("years[0].outcomes.granted"));
        assertTrue(agg.getMap("years[0]").containsKey("review_correction_rate"), "snake_case field names");
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/reports", "/api/reports/{id}", "/api/reports/{id}/cells.csv", "/api/agencies",
                "/api/alerts", "/api/alerts/{alertId}/acknowledge", "/api/aggregates", "/api/checks/run", "/api/lag")) {
            assertTrue(doc.contains("\"" + path + "\""), path);
        }
    }
}
