package org.disclosurewatch.store.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurewatch.contracts.form.DeadlineCalendar;

/**
 * Which expected reports are missing on a given day. A body is expected to file for year N when it is in
 * the registry (from its first year on), or when it filed for N−1. A report is missing when there is none
 * for that body and year and the deadline for year N has passed; a body whose level is unknown has no known
 * deadline and is never called missing.
 */
public final class MissingFilingFinder {
    private final DeadlineCalendar calendar;
    private final int firstCheckedYear;

    /**
     * @param calendar         the deadlines
     * @param firstCheckedYear no report before this year is looked for from a body outside the registry
     */
    public MissingFilingFinder(DeadlineCalendar calendar, int firstCheckedYear) {
        this.calendar = calendar;
        this.firstCheckedYear = firstCheckedYear;
    }

    /**
     * @param registry  bodies expected to file
     * @param filed     every body that filed, with the years it filed for
     * @param today     the day of the check
     * @return each missing report once, ordered by body then year
     */
    public List<MissingFiling> find(Collection<ExpectedFiler> registry, Collection<Filer> filed, LocalDate today) {
        Map<String, ExpectedFiler> bodies = new LinkedHashMap<>();
        Map<String, Set<Integer>> years = new LinkedHashMap<>();
        for (Filer f : filed) {
            years.put(f.name(), f.years());
        }
        List<MissingFiling> out = new ArrayList<>();
        for (ExpectedFiler e : registry) {
            bodies.put(e.name(), e);
            Set<Integer> have = years.getOrDefault(e.name(), Set.of());
            for (int year = e.firstYear(); year < today.getYear(); year++) {
                addIfMissing(e, year, have, today, out);
            }
        }
        for (Filer f : filed) {
            ExpectedFiler known = bodies.get(f.name());
            ExpectedFiler e = known != null ? known : new ExpectedFiler(f.name(), f.level(), f.region(), firstCheckedYear);
            for (int year : f.years()) {
                int next = year + 1;
                if (next < e.firstYear() || f.years().contains(next) || next >= today.getYear()) {
                    continue;
                }
                addIfMissing(e, next, f.years(), today, out);
            }
        }
        return out.stream().distinct()
                .sorted(java.util.Comparator.comparing(MissingFiling::agency).thenComparingInt(MissingFiling::year))
                .toList();
    }

    private void addIfMissing(ExpectedFiler e, int year, Set<Integer> have, LocalDate today, List<MissingFiling> out) {
        if (have.contains(year)) {
            return;
        }
        LocalDate deadline = calendar.deadline(e.level(), e.region(), year).orElse(null);
        if (deadline != null && today.isAfter(deadline)) {
            out.add(new MissingFiling(e.name(), e.level(), e.region(), year, deadline));
        }
    }

    /** A body that filed, and the years it filed for. */
    public record Filer(String name, org.disclosurewatch.contracts.form.AgencyLevel level, String region,
                        Set<Integer> years) {
    }
}
