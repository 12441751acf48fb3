package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.store.domain.RequestAggregates.ReportCells;
import org.disclosurewatch.store.domain.RequestAggregates.YearTotals;
import org.junit.jupiter.api.Test;

class RequestAggregatesTest {
    static Map<String, BigDecimal> cells(Object... pathsAndValues) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Object v = pathsAndValues[i + 1];
            m.put((String) pathsAndValues[i], v == null ? null : new BigDecimal(v.toString()));
        }
        return m;
    }

    @Test
    void sumsPerYearByOutcomeClass() {
        ReportCells a = new ReportCells(2024, ReportFormat.F2021, cells(
                "requests.new_received.total", 52, "requests.granted.total", 19,
                "requests.denied_third_party_rights.total", 2, "requests.denied_internal_affairs.total", 7,
                "requests.other_other.total", 3, "requests.unavailable_needs_creation.total", null,
                "reviews_and_litigation.review.total", 3, "reviews_and_litigation.review.corrected", 1,
                "reviews_and_litigation.review.pending", 1));
        ReportCells b = new ReportCells(2024, ReportFormat.F2021, cells("requests.new_received.total", 8,
                "requests.granted.total", 1));
        ReportCells old = new ReportCells(2020, ReportFormat.F2019, cells("requests.new_received.total", 4,
                "requests.other.total", 4));
        List<YearTotals> years = RequestAggregates.byYear(List.of(a, b, old));
        assertEquals(List.of(2020, 2024), years.stream().map(YearTotals::year).toList());
        YearTotals y2020 = years.get(0);
        assertEquals(new BigDecimal(4), y2020.outcomes().get("other"));
        assertNull(y2020.reviewCorrectionRate());
        YearTotals y = years.get(1);
        assertEquals(2, y.reports());
        assertEquals(new BigDecimal(60), y.applications());
        assertEquals(new BigDecimal(20), y.outcomes().get("granted"));
        assertEquals(new BigDecimal(9), y.outcomes().get("denied"));
        assertEquals(new BigDecimal(3), y.outcomes().get("other"));
        assertEquals(BigDecimal.ZERO, y.outcomes().get("unavailable"));
        assertEquals(new BigDecimal("0.5000"), y.reviewCorrectionRate());
    }
}
