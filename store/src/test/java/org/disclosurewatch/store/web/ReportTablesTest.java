package org.disclosurewatch.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.Forms;
import org.junit.jupiter.api.Test;

class ReportTablesTest {
    @Test
    void cellsNamedByFindingsAreMarkedWithTheirNumbers() {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put("requests.unavailable_needs_creation.total", null);
        cells.put("requests.granted.total", new BigDecimal(19));
        List<Finding> findings = List.of(
                new Finding("a", 1, "empty_cell", Severity.WARNING, "requests.unavailable_needs_creation.total",
                        List.of(), null, null, "空"),
                new Finding("b", 1, "inconsistent_total", Severity.ERROR, "requests.total_processed.total",
                        List.of("requests.unavailable_needs_creation.total", "requests.granted.total"), null, null, "和"));
        List<ReportTables.SectionView> sections = ReportTables.layout(Forms.FORM_2021, cells, findings);
        assertEquals(3, sections.size());
        assertEquals(6, sections.get(0).blocks().stream().mapToInt(b -> b.rows().size()).sum(),
                "part 2 of the 2021 form has six rows");
        assertEquals(3, sections.get(0).blocks().size(), "documents, decisions and fees are printed as three blocks");
        assertEquals(List.of("本年收费金额（元）"), sections.get(0).blocks().get(2).headers(), "money is shown in yuan");
        ReportTables.SectionView requests = sections.get(1);
        assertEquals(1, requests.blocks().size());
        assertEquals(25, requests.blocks().get(0).rows().size());
        ReportTables.CellView blank = find(requests, "requests.unavailable_needs_creation.total");
        assertTrue(blank.flagged());
        assertTrue(blank.present());
        assertEquals("", blank.text());
        assertEquals("1 2", blank.markers());
        ReportTables.CellView granted = find(requests, "requests.granted.total");
        assertEquals("19", granted.text());
        assertEquals("2", granted.markers());
        ReportTables.CellView other = find(requests, "requests.granted.natural_person");
        assertFalse(other.flagged());
        assertFalse(other.present());
    }

    @Test
    void theChartIsSelfContainedSvg() {
        String svg = RegionChart.svg("某区 <申请>", List.of());
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("某区 &lt;申请&gt;"));
        assertFalse(svg.contains("<script"));
    }

    private static ReportTables.CellView find(ReportTables.SectionView s, String path) {
        return s.blocks().stream().flatMap(b -> b.rows().stream()).flatMap(r -> r.cells().stream())
                .filter(c -> c.path().equals(path)).findFirst().orElseThrow();
    }
}
