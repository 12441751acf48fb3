package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {
    private final DeadlineCalendar calendar = new DeadlineCalendar(MonthDay.of(1, 31), MonthDay.of(3, 31),
            MonthDay.of(1, 31), Map.of("重庆市綦江区", MonthDay.of(1, 20)));

    @Test
    void deadlinesByLevel() {
        assertEquals(LocalDate.of(2025, 1, 31), calendar.deadline(AgencyLevel.DEPARTMENT, "重庆市綦江区", 2024));
        assertEquals(LocalDate.of(2025, 3, 31), calendar.deadline(AgencyLevel.GOVERNMENT, "重庆市黔江区", 2024));
        assertEquals(LocalDate.of(2025, 1, 20), calendar.deadline(AgencyLevel.TOWNSHIP, "重庆市綦江区", 2024));
        assertEquals(LocalDate.of(2025, 1, 31), calendar.deadline(AgencyLevel.TOWNSHIP, "重庆市渝北区", 2024));
    }

    @Test
    void unknownLevelGetsTheLatestDate() {
        assertEquals(LocalDate.of(2025, 3, 31), calendar.deadline(null, null, 2024));
    }

    @Test
    void reportsUnderThe2008RulesAreDueEndOfMarch() {
        assertEquals(LocalDate.of(2019, 3, 31), calendar.deadline(AgencyLevel.DEPARTMENT, null, 2018));
    }

    @Test
    void monthDaysParseWithOrWithoutDashes() {
        assertEquals(MonthDay.of(1, 31), DeadlineCalendar.parseMonthDay("01-31"));
        assertEquals(MonthDay.of(3, 1), DeadlineCalendar.parseMonthDay("--03-01"));
    }
}
