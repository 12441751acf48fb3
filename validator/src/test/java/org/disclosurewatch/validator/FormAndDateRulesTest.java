package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.form.DeadlineCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.validator.support.Reports;
import org.junit.jupiter.api.Test;

/** Parts, form version, title year, signing date and deadline, on seed 000 (a department, 2024). */
class FormAndDateRulesTest {
    private static final Map<String, String> NARRATIVE = Map.of(AnnualReport.PART1, "2024年，扎实推进政务公开。",
            AnnualReport.PART5, "存在的问题：解读形式不够丰富。", AnnualReport.PART6, "无。");
    private final ReportValidator validator = new ReportValidator();

    private static AnnualReport seed000() {
        AnnualReport key = Reports.fromKey(Fixtures.seeds().get(0).keyJson());
        return Reports.withText(key, "重庆市綦江区应急管理局2024年政府信息公开工作年度报告", NARRATIVE);
    }

    private static AnnualReport with(AnnualReport r, String title, Integer year, ReportFormat format,
                                     LocalDate signedOn, AgencyLevel level) {
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, title, r.agency(), level, r.region(), year, format,
                signedOn, r.activeDisclosure(), r.requests(), r.reviewsAndLitigation(), r.narrative(), r.provenance(),
                r.diagnostics());
    }

    private List<String> kinds(AnnualReport r, LocalDate publishedOn) {
        return validator.validate(r, publishedOn).stream().map(Finding::kind).toList();
    }

    @Test
    void aCompleteTimelyReportHasNoFinding() {
        assertEquals(List.of(), kinds(seed000(), LocalDate.of(2025, 1, 31)));
    }

    @Test
    void publicationAfterTheDeadlineIsLate() {
        List<Finding> late = validator.validate(seed000(), LocalDate.of(2025, 2, 1));
        assertEquals(1, late.size());
        assertEquals("late_filing", late.get(0).kind());
        assertEquals("2025-02-01", late.get(0).observed());
        assertEquals("2024年度报告于2025-02-01公开，晚于规定期限2025-01-31（逾期1天）", late.get(0).message());
        AnnualReport government = with(seed000(), seed000().title(), 2024, ReportFormat.F2021,
                LocalDate.of(2025, 1, 23), AgencyLevel.GOVERNMENT);
        assertEquals(List.of(), kinds(government, LocalDate.of(2025, 3, 31)));
        assertEquals(List.of("late_filing"), kinds(government, LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aLateFilingFindingQuotesWhereItsPublicationDateCameFrom() {
        List<Finding> late = validator.validate(seed000(), LocalDate.of(2025, 2, 1), "listing", "url 2025-02-04");
        assertEquals(1, late.size());
        assertEquals("2025-02-01", late.get(0).observed(), "the date taken, never one of the others");
        assertEquals("2024年度报告于2025-02-01公开，晚于规定期限2025-01-31（逾期1天）；公开日期取自栏目列表，门户另示：网址 2025-02-04",
                late.get(0).message());
    }

    @Test
    void aDeadlineSetForTheRegionApplies() {
        AnnualReport township = with(seed000(), seed000().title(), 2024, ReportFormat.F2021,
                LocalDate.of(2025, 1, 10), AgencyLevel.TOWNSHIP);
        ReportValidator strict = new ReportValidator(DeadlineCalendar.statutory()
                .withTownshipDeadline("重庆市綦江区", java.time.MonthDay.of(1, 15)));
        assertEquals(List.of(), strict.validate(township, LocalDate.of(2025, 1, 15)).stream().map(Finding::kind)
                .toList());
        assertEquals(List.of("late_filing"), strict.validate(township, LocalDate.of(2025, 1, 16)).stream()
                .map(Finding::kind).toList());
    }

    @Test
    void signingDates() {
        AnnualReport unsigned = with(seed000(), seed000().title(), 2024, ReportFormat.F2021, null,
                AgencyLevel.DEPARTMENT);
        assertEquals(List.of("missing_signing_date"), kinds(unsigned, null));
        AnnualReport early = with(seed000(), seed000().title(), 2024, ReportFormat.F2021, LocalDate.of(2024, 12, 31),
                AgencyLevel.DEPARTMENT);
        assertEquals(List.of("signed_before_year_end"), kinds(early, null));
        AnnualReport firstDay = with(seed000(), seed000().title(), 2024, ReportFormat.F2021, LocalDate.of(2025, 1, 1),
                AgencyLevel.DEPARTMENT);
        assertEquals(List.of(), kinds(firstDay, null));
    }

    @Test
    void titleYearMustBeTheStatisticsYear() {
        AnnualReport r = with(seed000(), "重庆市綦江区应急管理局2023年度政府信息公开工作年度报告", 2024,
                ReportFormat.F2021, LocalDate.of(2025, 1, 23), AgencyLevel.DEPARTMENT);
        List<Finding> f = validator.validate(r, null);
        assertEquals(List.of("title_year_mismatch"), f.stream().map(Finding::kind).toList());
        assertEquals("2023", f.get(0).observed());
        AnnualReport chinese = with(seed000(), "綦江区应急管理局二〇二四年政府信息公开工作年度报告", 2024,
                ReportFormat.F2021, LocalDate.of(2025, 1, 23), AgencyLevel.DEPARTMENT);
        assertEquals(List.of(), kinds(chinese, null));
        AnnualReport noYear = with(seed000(), "政府信息公开工作年度报告", 2024, ReportFormat.F2021,
                LocalDate.of(2025, 1, 23), AgencyLevel.DEPARTMENT);
        assertEquals(List.of(), kinds(noYear, null));
    }

    @Test
    void the2019FormIsOutdatedFor2021On() {
        AnnualReport seed003 = Reports.fromKey(Fixtures.seeds().get(3).keyJson());
        AnnualReport in2020 = Reports.withText(seed003, "2020年政府信息公开工作年度报告", NARRATIVE);
        assertEquals(List.of(), kinds(in2020, null));
        AnnualReport in2021 = with(in2020, "2021年政府信息公开工作年度报告", 2021, ReportFormat.F2019,
                LocalDate.of(2022, 1, 18), AgencyLevel.DEPARTMENT);
        assertEquals(List.of("format_outdated"), kinds(in2021, null));
    }

    @Test
    void missingPartsAreReported() {
        AnnualReport noText = Reports.withNarrative(seed000(), Map.of());
        List<Finding> f = validator.validate(noText, null);
        assertEquals(List.of("missing_part", "missing_part"), f.stream().map(Finding::kind).toList());
        assertTrue(f.get(0).message().contains("总体情况"), f.get(0).message());
        AnnualReport noTables = Reports.withCells(seed000(), new Cells(), new Cells(), new Cells());
        assertEquals(3, validator.validate(noTables, null).stream().filter(x -> x.kind().equals("missing_part"))
                .count());
    }
}
