package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.junit.jupiter.api.Test;

class MissingFilingFinderTest {
    private final MissingFilingFinder finder = new MissingFilingFinder(DeadlineCalendar.statutory(), 2021);

    @Test
    void aRegisteredBodyIsMissingOnlyAfterItsDeadline() {
        ExpectedFiler bureau = new ExpectedFiler("某区档案馆", AgencyLevel.DEPARTMENT, "某区", 2024);
        assertEquals(List.of(), finder.find(List.of(bureau), List.of(), LocalDate.of(2025, 1, 31)));
        List<MissingFiling> missing = finder.find(List.of(bureau), List.of(), LocalDate.of(2025, 2, 1));
        assertEquals(List.of(new MissingFiling("某区档案馆", AgencyLevel.DEPARTMENT, "某区", 2024,
                LocalDate.of(2025, 1, 31))), missing);
    }

    @Test
    void aBodyThatFiledLastYearIsExpectedThisYear() {
        var filed = new MissingFilingFinder.Filer("某区人民政府", AgencyLevel.GOVERNMENT, "某区", Set.of(2023));
        assertEquals(List.of(), finder.find(List.of(), List.of(filed), LocalDate.of(2025, 3, 31)));
        List<MissingFiling> missing = finder.find(List.of(), List.of(filed), LocalDate.of(2025, 4, 1));
        assertEquals(1, missing.size());
        assertEquals(2024, missing.get(0).year());
        assertEquals(LocalDate.of(2025, 3, 31), missing.get(0).deadline());
    }

    @Test
    void filedYearsAreNotMissingAndEachGapIsListedOnce() {
        ExpectedFiler e = new ExpectedFiler("某局", AgencyLevel.DEPARTMENT, "某区", 2021);
        var filed = new MissingFilingFinder.Filer("某局", AgencyLevel.DEPARTMENT, "某区", Set.of(2021, 2023));
        List<MissingFiling> missing = finder.find(List.of(e), List.of(filed), LocalDate.of(2025, 6, 1));
        assertEquals(List.of(2022, 2024), missing.stream().map(MissingFiling::year).toList());
    }

    @Test
    void aBodyOfUnknownLevelHasNoDeadlineAndIsNeverMissing() {
        var filed = new MissingFilingFinder.Filer("某机关", null, "某区", Set.of(2023));
        assertEquals(List.of(), finder.find(List.of(), List.of(filed), LocalDate.of(2026, 6, 1)));
    }

    @Test
    void nothingBeforeTheFirstCheckedYear() {
        var filed = new MissingFilingFinder.Filer("某局", AgencyLevel.DEPARTMENT, "某区", Set.of(2019));
        assertEquals(List.of(), finder.find(List.of(), List.of(filed), LocalDate.of(2025, 6, 1)));
    }
}
