package org.disclosurewatch.contracts.form;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * By when a body must publish its annual report for year N (条例 第四十九条, 2019 revision):
 * <ul>
 *   <li>a department of a county-level-or-above government: 31 January of N+1;</li>
 *   <li>a county-level-or-above government: 31 March of N+1;</li>
 *   <li>a township or sub-district: no statutory date; set per region by local notice (default 31 January
 *       of N+1). A region setting applies to every region whose name starts with it, the longest
 *       matching name winning ("重庆市" covers "重庆市綦江区" unless that has its own date).</li>
 * </ul>
 * Reports for 2018 and earlier fell under the 2008 条例: 31 March of N+1 for everyone.
 */
public final class DeadlineCalendar {
    /** Statutory deadline of departments, {@code MM-DD} of year N+1. */
    public static final String DEPARTMENT = "01-31";
    /** Statutory deadline of governments. */
    public static final String GOVERNMENT = "03-31";
    /** Deadline of townships where their region sets none. */
    public static final String TOWNSHIP = "01-31";
    /** Last report year under the 2008 条例. */
    public static final int LAST_YEAR_OF_OLD_RULES = 2018;
    /** Deadline of everyone under the 2008 条例. */
    public static final String OLD_RULES = "03-31";

    private final MonthDay department;
    private final MonthDay government;
    private final MonthDay townshipDefault;
    private final Map<String, MonthDay> townshipByRegion;
    private final int lastYearOfOldRules;
    private final MonthDay oldRules;

    /**
     * @param department         deadline of departments
     * @param government         deadline of governments
     * @param townshipDefault    deadline of townships where their region sets none
     * @param townshipByRegion   region name (or prefix) → township deadline
     * @param lastYearOfOldRules last report year under the 2008 条例
     * @param oldRules           deadline of everyone under the 2008 条例
     */
    public DeadlineCalendar(MonthDay department, MonthDay government, MonthDay townshipDefault,
                            Map<String, MonthDay> townshipByRegion, int lastYearOfOldRules, MonthDay oldRules) {
        this.department = Objects.requireNonNull(department);
        this.government = Objects.requireNonNull(government);
        this.townshipDefault = Objects.requireNonNull(townshipDefault);
        this.townshipByRegion = Map.copyOf(townshipByRegion);
        this.lastYearOfOldRules = lastYearOfOldRules;
        this.oldRules = Objects.requireNonNull(oldRules);
    }

    /** The statutory dates, with townships due 31 January everywhere. */
    public static DeadlineCalendar statutory() {
        return new DeadlineCalendar(monthDay(DEPARTMENT), monthDay(GOVERNMENT), monthDay(TOWNSHIP), Map.of(),
                LAST_YEAR_OF_OLD_RULES, monthDay(OLD_RULES));
    }

    /** The calendar the settings describe; throws naming the setting when a date is malformed. */
    public static DeadlineCalendar of(DeadlineConfig config) {
        Map<String, MonthDay> townships = new LinkedHashMap<>();
        config.townshipByRegion().forEach((region, day) ->
                townships.put(region, setting("dw.deadlines.township-by-region.\"" + region + "\"", day)));
        return new DeadlineCalendar(setting("dw.deadlines.department", config.department()),
                setting("dw.deadlines.government", config.government()),
                setting("dw.deadlines.township", config.township()),
                townships, config.lastYearOfOldRules(), setting("dw.deadlines.old-rules", config.oldRules()));
    }

    private static MonthDay setting(String name, String value) {
        try {
            return monthDay(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** A copy of this calendar with townships of {@code region} due on {@code deadline}. */
    public DeadlineCalendar withTownshipDeadline(String region, MonthDay deadline) {
        Map<String, MonthDay> m = new LinkedHashMap<>(townshipByRegion);
        m.put(region, deadline);
        return new DeadlineCalendar(department, government, townshipDefault, m, lastYearOfOldRules, oldRules);
    }

    /** The last day on which a report for {@code year} by a body of {@code level} in {@code region} is on time. */
    public Optional<LocalDate> deadline(AgencyLevel level, String region, int year) {
        if (level == null) {
            return Optional.empty();
        }
        if (year <= lastYearOfOldRules) {
            return Optional.of(oldRules.atYear(year + 1));
        }
        MonthDay day = switch (level) {
            case DEPARTMENT -> department;
            case GOVERNMENT -> government;
            case TOWNSHIP -> townshipDeadline(region);
        };
        return Optional.of(day.atYear(year + 1));
    }

    private MonthDay townshipDeadline(String region) {
        if (region == null) {
            return townshipDefault;
        }
        String best = null;
        for (String r : townshipByRegion.keySet()) {
            if (region.startsWith(r) && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return best == null ? townshipDefault : townshipByRegion.get(best);
    }

    /** Reads "01-31" (also "1-31", "--01-31") as a month and day. */
    public static MonthDay monthDay(String text) {
        String t = text.trim();
        if (t.startsWith("--")) {
            t = t.substring(2);
        }
        String[] parts = t.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a deadline is written MM-DD, e.g. 01-31: " + text);
        }
        try {
            return MonthDay.of(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("a deadline is written MM-DD, e.g. 01-31: " + text, e);
        }
    }
}
