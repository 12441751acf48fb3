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
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.store.domain.FilingStatus;
import org.disclosurewatch.store.domain.StoreRules;
import org.disclosurewatch.store.ingest.StoreSettings;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredFinding;

/** The filing status of every body and year, and of single reports, as the API and the dashboard show it. */
@ApplicationScoped
public class FilingOverview {
    private final DeadlineCalendar calendar;
    private final Clock clock;

    public FilingOverview(DeadlineCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One body's report (or its absence) for one year. */
    public record YearCell(int year, FilingStatus status, Long reportId, String deadline) {
    }

    /** One body with the status of each year shown. */
    public record AgencyRow(long id, String name, String level, String region, List<YearCell> years) {
    }

    /** The grid: the years shown and one row per body. */
    public record Grid(List<Integer> years, List<AgencyRow> agencies) {
    }

    /** The status of a stored report. */
    @Transactional
    public FilingStatus status(Report r) {
        DocumentVersion v = r.currentVersion;
        List<Finding> findings = v == null ? List.of()
                : StoredFinding.ofVersion(v).stream().map(StoredFinding::toFinding).toList();
        return FilingStatus.ofFiled(v == null ? null : v.publishedOn, deadline(r.agency, r.year), findings);
    }

    /** The deadline of a body's report for a year, or null when the body's level is unknown. */
    public LocalDate deadline(Agency a, int year) {
        return calendar.deadline(StoreSettings.level(a.level), a.region, year).orElse(null);
    }

    /** The grid of bodies × years, optionally for one region. */
    @Transactional
    public Grid grid(String region) {
        List<Agency> agencies = region == null || region.isBlank()
                ? Agency.list("order by region, name") : Agency.list("region = ?1 order by name", region);
        List<Report> reports = Report.listAll();
        List<StoredAlert> missing = StoredAlert.list("kind = ?1 and resolvedAt is null", StoreRules.KIND_MISSING);
        Map<Long, Map<Integer, Report>> byAgency = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Report r : reports) {
            byAgency.computeIfAbsent(r.agency.id, k -> new HashMap<>()).put(r.year, r);
            years.add(r.year);
        }
        Set<String> missingKeys = new HashSet<>();
        for (StoredAlert a : missing) {
            missingKeys.add(a.agency.id + "/" + a.year);
            if (a.year != null) {
                years.add(a.year);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<AgencyRow> rows = new ArrayList<>();
        for (Agency a : agencies) {
            Map<Integer, Report> filed = byAgency.getOrDefault(a.id, Map.of());
            List<YearCell> cells = new ArrayList<>();
            for (int year : years) {
                Report r = filed.get(year);
                LocalDate deadline = deadline(a, year);
                FilingStatus status;
                if (r != null) {
                    status = status(r);
                } else if (missingKeys.contains(a.id + "/" + year)) {
                    status = FilingStatus.MISSING;
                } else if (filed.containsKey(year - 1) && deadline != null && !today.isAfter(deadline)) {
                    status = FilingStatus.PENDING;
                } else {
                    status = null;
                }
                cells.add(new YearCell(year, status, r == null ? null : r.id,
                        deadline == null ? null : deadline.toString()));
            }
            rows.add(new AgencyRow(a.id, a.name, a.level, a.region, cells));
        }
        return new Grid(List.copyOf(years), rows);
    }
}
