package org.disclosurewatch.validator;

import org.disclosurewatch.contracts.form.DeadlineCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.DeadlineConfig;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {
    private final DeadlineCalendar statutory = DeadlineCalendar.statutory();

    @Test
    void statutoryDeadlinesByLevel() {
        assertEquals(Optional.of(LocalDate.of(2025, 1, 31)),
                statutory.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2024));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 31)),
                statutory.deadline(AgencyLevel.GOVERNMENT, "重庆市黔江区", 2024));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 31)),
                statutory.deadline(AgencyLevel.TOWNSHIP, "重庆市綦江区", 2024));
        assertEquals(Optional.empty(), statutory.deadline(null, "重庆市綦江区", 2024));
    }

    @Test
    void reportsUnderThe2008RulesAreDueEndOfMarchForEveryone() {
        assertEquals(Optional.of(LocalDate.of(2019, 3, 31)),
                statutory.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2018));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 31)),
                statutory.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2019));
    }

    @Test
    void townshipDeadlinesByRegionLongestNameWins() {
        DeadlineCalendar c = statutory.withTownshipDeadline("重庆市", MonthDay.of(2, 15))
                .withTownshipDeadline("重庆市綦江区", MonthDay.of(1, 20));
        assertEquals(LocalDate.of(2025, 1, 20), c.deadline(AgencyLevel.TOWNSHIP, "重庆市綦江区", 2024).orElseThrow());
        assertEquals(LocalDate.of(2025, 2, 15), c.deadline(AgencyLevel.TOWNSHIP, "重庆市黔江区", 2024).orElseThrow());
        assertEquals(LocalDate.of(2025, 1, 31), c.deadline(AgencyLevel.TOWNSHIP, "四川省成都市", 2024).orElseThrow());
        assertEquals(LocalDate.of(2025, 1, 31), c.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2024).orElseThrow());
    }

    @Test
    void buildsTheCalendarFromTheSharedSettings() {
        DeadlineConfig config = new Settings(Map.of("重庆市綦江区", "01-20"), "02-28");
        DeadlineCalendar c = DeadlineCalendar.of(config);
        assertEquals(LocalDate.of(2025, 1, 20), c.deadline(AgencyLevel.TOWNSHIP, "重庆市綦江区", 2024).orElseThrow());
        assertEquals(LocalDate.of(2025, 2, 28), c.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2024).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeadlineCalendar.of(new Settings(Map.of("重庆市綦江区", "1月20日"), "01-31")));
        assertTrue(e.getMessage().contains("dw.deadlines.township-by-region.\"重庆市綦江区\""), e.getMessage());
    }

    /** Settings as a configuration source would give them. */
    private record Settings(Map<String, String> townshipByRegion, String department) implements DeadlineConfig {
        @Override
        public String government() {
            return "03-31";
        }

        @Override
        public String township() {
            return "01-31";
        }

        @Override
        public int lastYearOfOldRules() {
            return 2018;
        }

        @Override
        public String oldRules() {
            return "03-31";
        }
    }
}
