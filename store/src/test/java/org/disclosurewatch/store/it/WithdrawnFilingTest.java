package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.FilingAvailability;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The fetcher's withdrawal of a stored report becomes a {@code filing_withdrawn} finding and one alert CloudEvent
 * (also when the withdrawal is delivered twice); the report stays served; its restoration resolves the alert.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class WithdrawnFilingTest {
    private static final String TYPE = "org.disclosurewatch.filing.withdrawn.v1";

    static JsonPath alerts(String agency) {
        return given().queryParam("agency", agency).queryParam("kind", "filing_withdrawn").get("/api/alerts")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath report(long id) {
        return given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aWithdrawnReportIsAlertedOnceStaysServedAndIsResolvedWhenRestored() {
        String agency = Pipeline.unique("重庆市撤下区生态环境局");
        ValidatedReport v = Pipeline.validated(Pipeline.copy(Pipeline.seed(0), agency, "重庆市撤下区", 2024), "",
                LocalDate.of(2025, 1, 20), List.of());
        Pipeline.send(v);
        Long id = Pipeline.awaitValue("the report", 60, () -> IngestTest.reportId(agency, 2024));
        String url = v.document().canonicalUrl();
        assertEquals(0, report(id).getList("findings.findAll { it.kind == 'filing_withdrawn' }").size());
        assertNull(report(id).get("availability"));

        Instant goneSince = Instant.parse("2025-04-01T02:00:00Z");
        FilingAvailability withdrawn = FilingAvailability.withdrawn(url, "test-portal", "http://portal.test/list/",
                FilingAvailability.REASON_UNLISTED, goneSince, goneSince.plusSeconds(6 * 3600), 2);
        // delivered twice, as after a fetcher crash between its send and its state write
        Pipeline.sendTo(Topics.AVAILABILITY, url, Json.write(withdrawn), Json.write(withdrawn));

        JsonPath open = Pipeline.awaitValue("the withdrawn alert", 60, () -> {
            JsonPath a = alerts(agency);
            return a.getInt("total") == 1 ? a : null;
        });
        String alertId = open.getString("items[0].alert_id");
        assertNull(open.get("items[0].resolved_at"));
        assertEquals("warning", open.getString("items[0].severity"));
        assertEquals(url, open.getString("items[0].document_url"));
        assertEquals(TYPE, open.getString("items[0].cloud_event_type"));

        JsonPath detail = report(id);
        assertEquals("withdrawn", detail.getString("availability.status"));
        assertTrue(detail.getBoolean("availability.withdrawn"));
        assertEquals("unlisted", detail.getString("availability.reason"));
        assertEquals(goneSince, Instant.parse(detail.getString("availability.gone_since")));
        assertEquals(alertId, detail.getString("availability.alert_id"));
        assertEquals(1, detail.getList("findings.findAll { it.kind == 'filing_withdrawn' }").size(),
                "one finding although the withdrawal came twice");
        assertEquals(1, detail.getList("versions").size(), "the stored report stays as it was");
        String page = given().get("/reports/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"availability\" data-status=\"withdrawn\""), "the report page shows it");
        assertTrue(page.contains("本站保存的报告与存档原件仍可查阅"));

        FilingAvailability restored = FilingAvailability.restored(url, "test-portal", "http://portal.test/list/",
                goneSince, goneSince.plusSeconds(30 * 3600));
        Pipeline.sendTo(Topics.AVAILABILITY, url, Json.write(restored));
        JsonPath resolved = Pipeline.awaitValue("the alert resolved", 60, () -> {
            JsonPath a = alerts(agency);
            return a.get("items[0].resolved_at") != null ? a : null;
        });
        assertEquals(1, resolved.getInt("total"));
        assertEquals(alertId, resolved.getString("items[0].alert_id"));
        assertEquals(0, given().queryParam("agency", agency).queryParam("kind", "filing_withdrawn")
                .queryParam("open", true).get("/api/alerts").then().extract().jsonPath().getInt("total"));
        JsonPath back = report(id);
        assertEquals("restored", back.getString("availability.status"));
        assertFalse(back.getBoolean("availability.withdrawn"));
        assertEquals(goneSince.plusSeconds(30 * 3600), Instant.parse(back.getString("availability.restored_at")));
        assertEquals(0, back.getList("findings.findAll { it.kind == 'filing_withdrawn' }").size());
        assertTrue(given().get("/reports/" + id).then().statusCode(200).extract().asString()
                .contains("data-status=\"restored\""));

        // the duplicate was handled before the restoration (same key, same partition): one CloudEvent in all
        var events = Pipeline.alerts(r -> agency.equals(r.key()) && TYPE.equals(Pipeline.header(r, "ce_type")));
        assertEquals(1, events.size(), "one alert CloudEvent for one withdrawal");
        var e = events.get(0);
        assertEquals(alertId, Pipeline.header(e, "ce_id"));
        assertEquals("filing_withdrawn", Pipeline.header(e, "ce_kind"));
        assertEquals("warning", Pipeline.header(e, "ce_severity"));
        assertEquals(agency + "/2024", Pipeline.header(e, "ce_subject"));
        FilingAlert data = Json.read(e.value(), FilingAlert.class, FilingAlert.SCHEMA);
        assertEquals("filing_withdrawn", data.finding().kind());
        assertEquals(url, data.documentUrl());
        assertNotNull(data.finding().message());
    }

    @Test
    void aWithdrawalOfAUrlNoReportHasRaisesNothing() {
        String url = "http://portal.test/" + Pipeline.unique("never-stored-") + ".html";
        String agency = Pipeline.unique("重庆市无关区");
        Pipeline.sendTo(Topics.AVAILABILITY, url, Json.write(FilingAvailability.withdrawn(url, "test-portal", null,
                "http_404", Instant.now().minusSeconds(7200), Instant.now(), 2)));
        // an unreadable record on the same key goes to the dead letters, after the withdrawal was handled
        Pipeline.sendTo(Topics.AVAILABILITY, url, "{\"schema\":\"disclosure-watch.filing-availability.v9\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Pipeline.await("the dead letter", 60, () -> !Pipeline.records(Topics.AVAILABILITY_DLQ,
                r -> url.equals(r.key())).isEmpty());
        assertEquals(0, Pipeline.alerts(r -> url.equals(Pipeline.header(r, "ce_subject"))
                || (r.value() != null && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(url)))
                .size(), "nothing to alert about: no stored report has this URL");
        assertEquals(0, alerts(agency).getInt("total"));
    }
}
