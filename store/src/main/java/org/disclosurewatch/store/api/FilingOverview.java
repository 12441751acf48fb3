package org.disclosurewatch.store.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurewatch.store.domain.FilingStatus;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.ingest.FilingSummaries;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.Report;

/**
 * The filing status of bodies and years as the API and the dashboard show it: a page of bodies at a time,
 * each report's status as stored with it, missing years from the open missing-filing alerts.
 */
@ApplicationScoped
public class FilingOverview {
    /** Bodies per page when the caller does not say. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final FilingSummaries summaries;
    private final Clock clock;

    public FilingOverview(FilingSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    /** One body's report (or its absence) for one year. */
    public record YearCell(int year, FilingStatus status, Long reportId, String deadline) {
    }

    /** One body with the status of each year shown. */
    public record AgencyRow(long id, String name, String level, String region, List<YearCell> years) {
    }

    /** The grid: the years shown and one row per body of this page ({@code total} bodies in all). */
    public record Grid(List<Integer> years, List<AgencyRow> agencies, int page, int size, long total) {
    }

    /** The grid of bodies × years, optionally for one region, first page. */
    public Grid grid(String region) {
        return grid(region, 0, DEFAULT_PAGE_SIZE);
    }

    /** One page of the grid of bodies × years, optionally for one region; bodies by region, then name. */
    @Transactional
    public Grid grid(String region, int page, int size) {
        Page.Request r = Page.Request.of(page, size);
        boolean one = region != null && !region.isBlank();
        long total = one ? Agency.count("region", region) : Agency.count();
        // names are unique: (region, name) orders every body, along the index agency_region_name
        List<Agency> agencies = (one ? Agency.<Agency>find("region = ?1 order by name", region)
                : Agency.<Agency>find("order by region, name")).range(r.offset(), r.offset() + r.size() - 1).list();
        TreeSet<Integer> years = new TreeSet<>(one
                ? Report.find("select distinct r.year from Report r where r.region = ?1", region).project(Integer.class).list()
                : Report.find("select distinct r.year from Report r").project(Integer.class).list());
        years.addAll(one
                ? Report.find("select distinct a.year from StoredAlert a where a.kind = ?1 and a.resolvedAt is null"
                        + " and a.year is not null and a.agency.region = ?2", StoreRules.KIND_MISSING.id(), region)
                        .project(Integer.class).list()
                : Report.find("select distinct a.year from StoredAlert a where a.kind = ?1 and a.resolvedAt is null"
                        + " and a.year is not null", StoreRules.KIND_MISSING.id()).project(Integer.class).list());
        Map<Long, Map<Integer, Object[]>> filed = new HashMap<>();
        Set<String> missing = new HashSet<>();
        if (!agencies.isEmpty()) {
            List<Long> ids = agencies.stream().map(a -> a.id).toList();
            List<Object[]> rows = Report.find("select r.agency.id, r.year, r.id, r.status from Report r where r.agency.id in ?1",
                    ids).project(Object[].class).list();
            for (Object[] row : rows) {
                filed.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1], row);
            }
            List<Object[]> open = Report.find("select a.agency.id, a.year from StoredAlert a where a.kind = ?1"
                    + " and a.resolvedAt is null and a.agency.id in ?2", StoreRules.KIND_MISSING.id(), ids)
                    .project(Object[].class).list();
            for (Object[] row : open) {
                missing.add(row[0] + "/" + row[1]);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<AgencyRow> out = new ArrayList<>();
        for (Agency a : agencies) {
            Map<Integer, Object[]> reports = filed.getOrDefault(a.id, Map.of());
            List<YearCell> cells = new ArrayList<>();
            for (int year : years) {
                Object[] report = reports.get(year);
                LocalDate deadline = summaries.deadline(a, year);
                FilingStatus status;
                if (report != null) {
                    status = report[3] == null ? null : FilingStatus.of((String) report[3]);
                } else if (missing.contains(a.id + "/" + year)) {
                    status = FilingStatus.MISSING;
                } else if (reports.containsKey(year - 1) && deadline != null && !today.isAfter(deadline)) {
                    status = FilingStatus.PENDING;
                } else {
                    status = null;
                }
                cells.add(new YearCell(year, status, report == null ? null : (Long) report[2],
                        deadline == null ? null : deadline.toString()));
            }
            out.add(new AgencyRow(a.id, a.name, a.level, a.region, cells));
        }
        return new Grid(List.copyOf(years), out, r.page(), r.size(), total);
    }

    /** The regions of all bodies, in order. */
    @Transactional
    public List<String> regions() {
        return Agency.find("select distinct a.region from Agency a where a.region is not null order by a.region")
                .project(String.class).list();
    }
}
