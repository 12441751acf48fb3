package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.junit.jupiter.api.Test;

class CrossFilingCheckTest {
    private final CrossFilingCheck check = new CrossFilingCheck(new NarrativeSimilarity(3, 20), 0.9);

    static AnnualReport report(int year, ReportFormat format, Cells active, Cells requests, String part1) {
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, "t", "某局", null, "某区", year, format, null, active,
                requests, new Cells(), Map.of(AnnualReport.PART1, part1), Map.of(), List.of());
    }

    static Cells requests(int carriedOverTotal, int carriedForwardTotal) {
        return new Cells()
                .put("carried_over", "natural_person", BigDecimal.valueOf(carriedOverTotal))
                .put("carried_over", "total", BigDecimal.valueOf(carriedOverTotal))
                .put("carried_forward", "natural_person", BigDecimal.valueOf(carriedForwardTotal))
                .put("carried_forward", "total", BigDecimal.valueOf(carriedForwardTotal));
    }

    @Test
    void carryOverMismatchIsFoundPerColumnOnTheLaterFiling() {
        AnnualReport last = report(2023, ReportFormat.F2021, new Cells(), requests(0, 4), "");
        AnnualReport now = report(2024, ReportFormat.F2021, new Cells(), requests(3, 0), "");
        List<Finding> found = check.compare(last, now);
        assertEquals(2, found.size());
        Finding f = found.get(0);
        assertEquals("carryover_mismatch", f.kind());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("requests.carried_over.natural_person", f.cell());
        assertEquals("3", f.observed());
        assertEquals("4", f.expected());
        assertEquals("requests.carried_over.total", found.get(1).cell());
    }

    @Test
    void matchingCarryOverAndBlankCellsGiveNothing() {
        AnnualReport last = report(2023, ReportFormat.F2021, new Cells(), requests(0, 4), "");
        AnnualReport now = report(2024, ReportFormat.F2021, new Cells(), requests(4, 1), "");
        assertEquals(List.of(), check.compare(last, now));
        Cells blank = new Cells().put("carried_over", "total", null);
        assertEquals(List.of(), check.compare(last, report(2024, ReportFormat.F2021, new Cells(), blank, "")));
    }

    @Test
    void notNeighbourYearsAreNotCompared() {
        AnnualReport last = report(2022, ReportFormat.F2021, new Cells(), requests(0, 4), "");
        AnnualReport now = report(2024, ReportFormat.F2021, new Cells(), requests(3, 0), "");
        assertEquals(List.of(), check.compare(last, now));
    }

    static Cells documents(int issued, int repealed, int inForce) {
        return new Cells()
                .put("normative_documents", "issued", BigDecimal.valueOf(issued))
                .put("normative_documents", "repealed", BigDecimal.valueOf(repealed))
                .put("normative_documents", "in_force", BigDecimal.valueOf(inForce));
    }

    @Test
    void stockFlowOnThe2021Form() {
        AnnualReport last = report(2023, ReportFormat.F2021, documents(5, 2, 100), new Cells(), "");
        AnnualReport good = report(2024, ReportFormat.F2021, documents(11, 33, 78), new Cells(), "");
        assertEquals(List.of(), check.compare(last, good));
        AnnualReport bad = report(2024, ReportFormat.F2021, documents(11, 33, 95), new Cells(), "");
        List<Finding> found = check.compare(last, bad);
        assertEquals(1, found.size());
        assertEquals("stock_flow_mismatch", found.get(0).kind());
        assertEquals("active_disclosure.normative_documents.in_force", found.get(0).cell());
        assertEquals("95", found.get(0).observed());
        assertEquals("78", found.get(0).expected());
        assertTrue(found.get(0).cells().contains("active_disclosure.normative_documents.issued"));
    }

    @Test
    void stockFlowNeedsBothFilingsOnThe2021Form() {
        AnnualReport last = report(2020, ReportFormat.F2019, documents(5, 2, 100), new Cells(), "");
        AnnualReport now = report(2021, ReportFormat.F2021, documents(11, 33, 95), new Cells(), "");
        assertEquals(List.of(), check.compare(last, now));
    }

    @Test
    void copiedNarrativeIsInfo() {
        String text = "本机关认真贯彻落实政府信息公开条例，全年主动公开政府信息1234条，依申请公开办理及时规范，"
                + "平台建设不断加强，监督保障机制进一步完善。";
        String copied = text.replace("1234", "1567");
        List<Finding> found = check.compare(report(2023, ReportFormat.F2021, new Cells(), new Cells(), text),
                report(2024, ReportFormat.F2021, new Cells(), new Cells(), copied));
        assertEquals(1, found.size());
        assertEquals("copied_narrative", found.get(0).kind());
        assertEquals(Severity.INFO, found.get(0).severity());
        String other = "今年我局围绕安全生产中心工作，新建应急管理专栏，发布预警信息八十余次，组织培训三场，"
                + "群众满意度持续提升，并对网站栏目进行了全面梳理。";
        assertEquals(List.of(), check.compare(report(2023, ReportFormat.F2021, new Cells(), new Cells(), text),
                report(2024, ReportFormat.F2021, new Cells(), new Cells(), other)));
    }
}
