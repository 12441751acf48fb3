package org.disclosurewatch.store.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.disclosurewatch.contracts.form.AgencyLevel;

/**
 * When the report for year N is due (条例 第四十九条): departments by 31 January of N+1, governments by
 * 31 March of N+1, townships by a date each region sets (a default applies elsewhere). Reports for 2018
 * and earlier fell under the 2008 条例: 31 March for everyone. A body of unknown level gets the latest
 * date, so that no body is called late or missing on a guess.
 */
public final class DeadlineCalendar {
    /** Last year under the 2008 regulation. */
    public static final int LAST_YEAR_OF_2008_RULES = 2018;
    private static final MonthDay MARCH_31 = MonthDay.of(3, 31);

    private final MonthDay department;
    private final MonthDay government;
    private final MonthDay townshipDefault;
    private final Map<String, MonthDay> townshipByRegion;

    public DeadlineCalendar(MonthDay department, MonthDay government, MonthDay townshipDefault,
                            Map<String, MonthDay> townshipByRegion) {
        this.department = department;
        this.government = government;
        this.townshipDefault = townshipDefault;
        this.townshipByRegion = Map.copyOf(townshipByRegion);
    }

    /** The statutory defaults: 01-31 for departments and townships, 03-31 for governments. */
    public static DeadlineCalendar defaults() {
        return new DeadlineCalendar(MonthDay.of(1, 31), MARCH_31, MonthDay.of(1, 31), Map.of());
    }

    /** The last day on which the report for {@code year} is on time. */
    public LocalDate deadline(AgencyLevel level, String region, int year) {
        if (year <= LAST_YEAR_OF_2008_RULES) {
            return MARCH_31.atYear(year + 1);
        }
        MonthDay day;
        if (level == null) {
            day = latest();
        } else {
            day = switch (level) {
                case DEPARTMENT -> department;
                case GOVERNMENT -> government;
                case TOWNSHIP -> region == null ? townshipDefault : townshipByRegion.getOrDefault(region, townshipDefault);
            };
        }
        return day.atYear(year + 1);
    }

    /** Parses {@code MM-DD} (also accepts the ISO {@code --MM-DD}). */
    public static MonthDay parseMonthDay(String text) {
        String t = text.trim();
        return MonthDay.parse(t.startsWith("--") ? t : "--" + t);
    }

    private MonthDay latest() {
        MonthDay max = department.isAfter(government) ? department : government;
        for (MonthDay d : townshipByRegion.values()) {
            max = d.isAfter(max) ? d : max;
        }
        return townshipDefault.isAfter(max) ? townshipDefault : max;
    }
}
