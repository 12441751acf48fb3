package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.store.ingest.AlertBook;
import org.disclosurewatch.store.ingest.IngestResult;
import org.disclosurewatch.store.ingest.PollContext;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.ingest.ReportIngest;
import org.disclosurewatch.store.persistence.CellWriter;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The reports of one poll stored together ({@link ReportIngest#ingestAll}): a later report of the poll sees what
 * an earlier one stored — its body and filing, its version (a second delivery is a duplicate, a new content a
 * new version), its cells for the checks across filings — and a later poll reads those cells back from the
 * database.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class PollIngestTest {

    @Inject
    ReportIngest ingest;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPollSeesWhatItsEarlierReportsStored() throws Exception {
        String agency = Pipeline.unique("重庆市批量区统计局");
        AnnualReport[] pair = CrossFilingTest.pair(agency);
        ValidatedReport last = Pipeline.validated(pair[0], "a", LocalDate.of(2025, 1, 20), List.of());
        ValidatedReport now = Pipeline.validated(pair[1], "b", LocalDate.of(2026, 1, 20), List.of());
        ValidatedReport revised = Pipeline.validated(pair[1], "c", LocalDate.of(2026, 1, 25), List.of());

        List<IngestResult> results = ingest.ingestAll(List.of(last, now, last, revised));

        assertEquals(List.of(IngestResult.Outcome.NEW_REPORT, IngestResult.Outcome.NEW_REPORT,
                IngestResult.Outcome.DUPLICATE, IngestResult.Outcome.NEW_VERSION),
                results.stream().map(IngestResult::outcome).toList());
        assertEquals(List.of("carryover_mismatch", "carryover_mismatch"), kinds(results.get(1).alerts()),
                "the year before, stored earlier in the same poll, is compared with");
        assertEquals(List.of("filing_revised"), kinds(results.get(3).alerts()),
                "the revision alerts; the mismatch alerts are still open, not raised again");

        JsonPath d = CrossFilingTest.findingsOf(agency, 2025);
        assertEquals(2, d.getList("versions").size());
        assertEquals(2, d.getInt("report.versions"));
        assertEquals("inconsistent", d.getString("report.status"));
        assertEquals(List.of("requests.carried_over.natural_person", "requests.carried_over.total"),
                d.getList("findings.findAll { it.kind == 'carryover_mismatch' }.cell"));
        assertEquals(1, CrossFilingTest.findingsOf(agency, 2024).getList("versions").size(), "the duplicate added nothing");

        // the cells as stored, through the API and through view cell, in form order
        Map<String, BigDecimal> expected = CellWriter.values(pair[1]);
        List<String> apiPaths = d.getList("cells.path");
        assertEquals(new ArrayList<>(expected.keySet()), apiPaths);
        long versionId = d.getLong("versions.find { it.current }.id");
        assertEquals(expected, cellView(versionId));

        // a later poll: the year before comes from the database
        AnnualReport next = Pipeline.copy(pair[1], agency, "重庆市顺序区", 2026);
        next.requests().put("carried_over", "natural_person",
                pair[1].requests().get("carried_forward", "natural_person").add(BigDecimal.ONE));
        List<IngestResult> later = ingest.ingestAll(List.of(
                Pipeline.validated(next, "d", LocalDate.of(2027, 1, 20), List.of())));
        assertEquals(IngestResult.Outcome.NEW_REPORT, later.get(0).outcome());
        JsonPath n = CrossFilingTest.findingsOf(agency, 2026);
        assertEquals(pair[1].requests().get("carried_forward", "natural_person").toPlainString(),
                n.getString("findings.find { it.cell == 'requests.carried_over.natural_person' }.expected"));
        assertTrue(kinds(later.get(0).alerts()).contains("carryover_mismatch"));
    }

    @Test
    void aYearArrivingAfterTheNextOneChecksTheNextOneWithinAPollAndAcrossPolls() {
        // within one poll: 2025 first, then 2024 (the year after was written by this poll, not yet flushed)
        String together = Pipeline.unique("重庆市倒序区统计局");
        AnnualReport[] pair = CrossFilingTest.pair(together);
        ingest.ingestAll(List.of(Pipeline.validated(pair[1], "b", LocalDate.of(2026, 1, 20), List.of()),
                Pipeline.validated(pair[0], "a", LocalDate.of(2025, 1, 20), List.of())));
        assertLaterYearChecked(together);

        // across polls: 2025 stored by an earlier poll, 2024 in a later one (read from the database, no flush)
        String apart = Pipeline.unique("重庆市倒序区审计局");
        AnnualReport[] other = CrossFilingTest.pair(apart);
        ingest.ingestAll(List.of(Pipeline.validated(other[1], "d", LocalDate.of(2026, 1, 20), List.of())));
        assertEquals(0, CrossFilingTest.findingsOf(apart, 2025).getList("findings.findAll { it.kind == 'carryover_mismatch' }")
                .size(), "no year before yet");
        ingest.ingestAll(List.of(Pipeline.validated(other[0], "c", LocalDate.of(2025, 1, 20), List.of())));
        assertLaterYearChecked(apart);
    }

    @Test
    void aPollReadsTheAlertsOfItsYearsAndFindsAnAlertOfAnotherYearInTheDatabase() {
        String agency = Pipeline.unique("重庆市告警区统计局");
        AnnualReport old = Pipeline.copy(Pipeline.seed(0), agency, "重庆市告警区", 2019);
        String cell = "requests.new_received.total";
        Finding finding = new Finding("part3.row_sum", 1, "inconsistent_total", Severity.ERROR, cell, List.of(cell),
                "1", "2", "合计与分项之和不符");
        ingest.ingestAll(List.of(Pipeline.validated(old, "a", LocalDate.of(2020, 1, 20), List.of(finding))));
        String alertId = AlertBook.alertId(agency, 2019, finding);

        QuarkusTransaction.requiringNew().run(() -> {
            Agency body = Agency.byName(agency);
            PollContext far = PollContext.prepare(List.of(new PollContext.Filing(agency, 2024)), Instant.now());
            assertEquals(0, far.alertsRead(), "2019 is not beside 2024: its alerts are not read up front");
            StoredAlert found = far.alert(alertId, body, 2019);
            assertEquals(alertId, found == null ? null : found.alertId, "looked up in the database instead");
            assertEquals(List.of(alertId), far.openAlerts(body, 2019, null, null, null).stream().map(a -> a.alertId).toList());

            PollContext near = PollContext.prepare(List.of(new PollContext.Filing(agency, 2020)), Instant.now());
            assertEquals(1, near.alertsRead(), "2019 is the year before 2020");
            assertTrue(near.alertOpen(alertId, body, 2019));
            assertEquals(List.of(), near.openAlerts(body, 2019, null, null, java.util.Set.of(alertId)), "kept");
            assertEquals(List.of(), near.openAlerts(body, 2019, null, List.of("missing_filing"), null), "another kind");
            StoredAlert read = near.alert(alertId, body, 2019);
            assertEquals(alertId, read.alertId);
            read.resolvedAt = Instant.now();
            assertTrue(!near.alertOpen(alertId, body, 2019), "the entity read to change it is what counts");
            assertEquals(List.of(), near.openAlerts(body, 2019, null, null, null));
        });
    }

    /** The 2025 report carries the mismatch found against 2024, counted in its summary and status. */
    private static void assertLaterYearChecked(String agency) {
        JsonPath d = CrossFilingTest.findingsOf(agency, 2025);
        assertEquals(List.of("requests.carried_over.natural_person", "requests.carried_over.total"),
                d.getList("findings.findAll { it.kind == 'carryover_mismatch' }.cell"));
        assertEquals(d.getList("findings").size(), d.getInt("report.findings"), "the summary counts every finding");
        assertEquals(1, d.getInt("report.versions"), "and the version");
        assertEquals("inconsistent", d.getString("report.status"));
    }

    private static List<String> kinds(List<FilingAlert> alerts) {
        return alerts.stream().map(a -> a.finding().kind()).toList();
    }

    private Map<String, BigDecimal> cellView(long versionId) throws Exception {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select path, value from cell where version_id = ? order by position")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
        }
        return out;
    }
}
