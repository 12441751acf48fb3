package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.junit.jupiter.api.Test;

class FilingStatusTest {
    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 31);

    static Finding finding(String kind, Severity severity) {
        return new Finding("r", 1, kind, severity, null, List.of(), null, null, "m");
    }

    @Test
    void onTimeLateAndInconsistent() {
        assertEquals(FilingStatus.ON_TIME, FilingStatus.ofFiled(DEADLINE, DEADLINE, List.of()));
        assertEquals(FilingStatus.LATE, FilingStatus.ofFiled(DEADLINE.plusDays(1), DEADLINE, List.of()));
        assertEquals(FilingStatus.LATE, FilingStatus.ofFiled(null, DEADLINE,
                List.of(finding("late_filing", Severity.WARNING))));
        assertEquals(FilingStatus.INCONSISTENT, FilingStatus.ofFiled(DEADLINE, DEADLINE,
                List.of(finding("empty_cell", Severity.WARNING))));
        assertEquals(FilingStatus.INCONSISTENT, FilingStatus.ofFiled(DEADLINE, DEADLINE,
                List.of(finding("carryover_mismatch", Severity.WARNING))));
    }

    @Test
    void infoAndFormFindingsAreNotInconsistencies() {
        assertEquals(FilingStatus.ON_TIME, FilingStatus.ofFiled(null, DEADLINE,
                List.of(finding("missing_signing_date", Severity.INFO), finding("copied_narrative", Severity.INFO),
                        finding("format_outdated", Severity.WARNING))));
    }

    @Test
    void unfiledYears() {
        assertEquals(FilingStatus.PENDING, FilingStatus.ofUnfiled(DEADLINE, DEADLINE));
        assertEquals(FilingStatus.MISSING, FilingStatus.ofUnfiled(DEADLINE, DEADLINE.plusDays(1)));
    }
}
