package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard pages with the seed reports loaded, rendered by headless Chromium. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class DashboardTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String QIANJIANG = "重庆市黔江区";

    @TestHTTPResource("/")
    URL root;

    /** Seed 004 as the validator reports it: a blank total and a narrative that disagrees with the table. */
    static List<Finding> seed004Findings() {
        return List.of(
                new Finding("part3.blank", 1, "empty_cell", Severity.WARNING, "requests.unavailable_needs_creation.total",
                        List.of("requests.unavailable_needs_creation.total"), null, null, "“没有现成信息需要另行制作”总计栏为空"),
                new Finding("narrative.numbers", 1, "text_table_mismatch", Severity.WARNING,
                        "active_disclosure.normative_documents.issued",
                        List.of("active_disclosure.normative_documents.issued"), "11", "12",
                        "总体情况称制发行政规范性文件12件，表格为11件"));
    }

    private static boolean loaded;

    @BeforeEach
    void loadSeeds() {
        if (loaded) {
            return;
        }
        List<ValidatedReport> records = new ArrayList<>();
        for (int i = 0; i < Fixtures.seeds().size(); i++) {
            AnnualReport r = Pipeline.seed(i);
            List<Finding> findings = i == 4 ? seed004Findings() : List.of();
            LocalDate published = r.signedOn() != null ? r.signedOn() : LocalDate.of(r.year() + 1, 1, 25);
            records.add(Pipeline.validated(r, "seed", published, findings));
        }
        Pipeline.send(records);
        for (int i = 0; i < Fixtures.seeds().size(); i++) {
            AnnualReport r = Pipeline.seed(i);
            Pipeline.await("seed " + i, 90, () -> IngestTest.reportId(r.agency(), r.year()) != null);
        }
        loaded = true;
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    @Test
    void theGridShowsEverySeedFilingAndTheLagPanel() {
        String page = url("/");
        Document dom = Jsoup.parse(Browser.dumpDom(page));
        Browser.screenshot(page, SCREENSHOTS.resolve("dashboard.png"), 1600, 1200);
        for (int i = 0; i < Fixtures.seeds().size(); i++) {
            AnnualReport r = Pipeline.seed(i);
            Element row = dom.selectFirst("#grid tr[data-agency=" + r.agency() + "]");
            assertTrue(row != null, "grid row for " + r.agency());
            Element cell = row.selectFirst("td[data-year=" + r.year() + "]");
            assertTrue(cell != null && cell.hasAttr("data-status"), "status for " + r.agency() + " " + r.year());
            assertTrue(cell.selectFirst("a[href^=/reports/]") != null, "link to the report");
        }
        assertEquals("inconsistent", dom.selectFirst("#grid tr[data-agency=" + QIANJIANG + "] td[data-year=2024]")
                .attr("data-status"));
        assertEquals("on_time", dom.selectFirst("#grid tr[data-agency=重庆市綦江区应急管理局] td[data-year=2024]")
                .attr("data-status"));
        Element store = dom.selectFirst("#lag tr[data-group=dw-store]");
        assertTrue(store != null, "lag row for the store");
        assertTrue(store.select("td").get(1).text().matches("\\d+"), "records behind is a number: " + store.text());
        assertEquals(4, dom.select("#lag tbody tr").size());
        assertTrue(dom.selectFirst("#time-lag").text().contains("秒前"), dom.selectFirst("#time-lag").text());
        assertTrue(dom.select("#alert-feed li[data-kind=empty_cell]").size() >= 1, "the alert feed lists seed 004's findings");
    }

    @Test
    void theReportPageHighlightsTheCellsOfFindings() {
        long id = IngestTest.reportId(QIANJIANG, 2024);
        String page = url("/reports/" + id);
        Document dom = Jsoup.parse(Browser.dumpDom(page));
        Browser.screenshot(page, SCREENSHOTS.resolve("report-004.png"), 1600, 3200);
        assertEquals(3, dom.select("#tables h2").size());
        List<String> flagged = dom.select("td.flagged").eachAttr("data-path");
        assertEquals(List.of("active_disclosure.normative_documents.issued", "requests.unavailable_needs_creation.total"),
                flagged);
        Element blank = dom.selectFirst("td[data-path=requests.unavailable_needs_creation.total]");
        assertEquals("1", blank.attr("data-findings"));
        Element issued = dom.selectFirst("td[data-path=active_disclosure.normative_documents.issued]");
        assertTrue(issued.text().startsWith("11"), issued.text());
        assertEquals("2", issued.attr("data-findings"));
        assertEquals(List.of("empty_cell", "text_table_mismatch"), dom.select("#findings li").eachAttr("data-kind"));
        assertEquals("52", dom.selectFirst("td[data-path=requests.new_received.total]").text());
        assertEquals(25, dom.select("table[data-section=requests] tbody tr").size());
        assertEquals("inconsistent", dom.selectFirst("#status").attr("data-status"));
    }

    @Test
    void theRegionChartDrawsApplicationsAndOutcomes() {
        String page = url("/region?name=" + URLEncoder.encode("重庆市綦江区", StandardCharsets.UTF_8));
        Document dom = Jsoup.parse(Browser.dumpDom(page));
        Browser.screenshot(page, SCREENSHOTS.resolve("region-qijiang.png"), 1200, 800);
        assertTrue(dom.selectFirst("#chart svg") != null);
        assertTrue(dom.select("#chart rect.applications").size() >= 1);
        assertTrue(dom.select("#chart rect[class^=outcome]").size() >= 1);
        Element y2024 = dom.selectFirst("#aggregates tr[data-year=2024]");
        int applications = given().queryParam("region", "重庆市綦江区").queryParam("year", 2024).get("/api/aggregates")
                .then().statusCode(200).extract().jsonPath().getInt("years[0].applications");
        assertEquals(String.valueOf(applications), y2024.select("td").get(2).text());
        assertTrue(applications > 0);
    }
}
