package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.store.domain.RequestAggregates.ReportTotals;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.CellWriter;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.store.persistence.ReportTotalsTable;
import org.disclosurewatch.store.persistence.StoredAlert;
import org.disclosurewatch.store.persistence.StoredCell;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The {@link IngestContext} of one poll: the bodies and filings the poll names are looked up — and the missing
 * ones created, each with one {@code INSERT … ON CONFLICT DO NOTHING} for the whole poll — before its first
 * report is stored, with their versions, alerts and the stored cells of the neighbouring years, a few queries
 * for the whole poll. The entities stay in the session for the whole poll (one flush at the end); the cells and
 * sums of the poll are written together by {@link #finish()}.
 *
 * <p>A body or filing created here counts as created by the first report of the poll that names it; until that
 * report is reached it is not seen by the others, just as if it were created then.
 */
public final class PollContext implements IngestContext {
    /** Versions this poll created or added findings to: their rows may not be flushed yet (entity identity). */
    private final java.util.Set<DocumentVersion> written =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** A report of the poll that will be stored: the body it is filed under and its year. */
    public record Filing(String agency, int year) {
    }

    private final EntityManager em;
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Set<Long> agenciesNotReached = new HashSet<>();
    private final Map<Long, Map<Integer, Report>> filings = new HashMap<>();
    private final Set<Long> filingsNotReached = new HashSet<>();
    private final Map<Long, Versions> versions = new HashMap<>();
    private final Map<Long, Map<String, BigDecimal>> storedCells = new HashMap<>();
    private final Map<Long, CellWriter.VersionCells> newCells = new HashMap<>();
    /** Alerts read by id in one query at most (a bound on the query's parameters). */
    private static final int ALERTS_PER_QUERY = 1_000;
    /** Alerts as entities: those this poll added, and stored ones it read to change them. */
    private final Map<String, StoredAlert> alertsById = new HashMap<>();
    private final Map<Long, List<StoredAlert>> alertsByAgency = new HashMap<>();
    /** Stored alerts as read up front, as plain rows: an entity is read only for one the poll changes. */
    private final Map<String, AlertRow> alertRows = new HashMap<>();
    private final Map<Long, List<AlertRow>> alertRowsByAgency = new HashMap<>();
    /** The (body id, year) pairs whose alerts were all loaded. */
    private final Set<List<Long>> alertYearsLoaded = new HashSet<>();
    /** Bodies this poll created: they have no alerts but the poll's own. */
    private final Set<Long> agenciesCreated = new HashSet<>();
    private final List<CellWriter.VersionCells> pendingCells = new ArrayList<>();
    private final Map<Long, ReportTotals> pendingTotals = new LinkedHashMap<>();

    /** What a poll needs of a stored alert to decide whether to raise, leave, reopen or resolve it. */
    private record AlertRow(long id, String alertId, Integer year, String origin, String kind, boolean open) {
    }

    private static final class Versions {
        final Set<String> shas = new HashSet<>();
        Integer last;

        void add(String sha, int no) {
            shas.add(sha);
            last = last == null ? no : Math.max(last, no);
        }
    }

    private PollContext(EntityManager em) {
        this.em = em;
    }

    /** Looks up (and creates where missing) everything the poll's filings need. Inside the poll's transaction. */
    public static PollContext prepare(List<Filing> poll, Instant now) {
        PollContext c = new PollContext(Panache.getEntityManager());
        if (!poll.isEmpty()) {
            c.load(poll, now);
        }
        return c;
    }

    /**
     * Reads what the poll needs. Its queries do not flush: the load runs first in the poll's transaction, with
     * nothing to write yet, and a flush before each query would check every entity read so far.
     */
    private void load(List<Filing> poll, Instant now) {
        Session session = em.unwrap(Session.class);
        FlushMode before = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            loadWithoutFlushing(poll, now);
        } finally {
            session.setHibernateFlushMode(before);
        }
    }

    private void loadWithoutFlushing(List<Filing> poll, Instant now) {
        Set<String> names = new LinkedHashSet<>();
        for (Filing f : poll) {
            names.add(f.agency());
        }
        for (Agency a : em.createQuery("select a from Agency a where a.name in :names", Agency.class)
                .setParameter("names", names).getResultList()) {
            agencies.put(a.name, a);
        }
        List<String> missing = names.stream().filter(n -> !agencies.containsKey(n)).toList();
        Set<Long> existingAgencies = new HashSet<>();
        agencies.values().forEach(a -> existingAgencies.add(a.id));
        if (!missing.isEmpty()) {
            Set<String> created = new HashSet<>(insertReturning(
                    "insert into agency (name, created_at) select n, ? from unnest(?) as n on conflict (name) do nothing"
                            + " returning name", now, missing.toArray(new String[0]), null));
            for (Agency a : em.createQuery("select a from Agency a where a.name in :names", Agency.class)
                    .setParameter("names", missing).getResultList()) {
                agencies.put(a.name, a);
                if (created.contains(a.name)) {
                    agenciesNotReached.add(a.id);
                    agenciesCreated.add(a.id);
                } else {
                    existingAgencies.add(a.id);
                }
            }
        }
        if (!existingAgencies.isEmpty()) {
            for (Report r : em.createQuery("select r from Report r left join fetch r.currentVersion"
                    + " where r.agency.id in :ids", Report.class).setParameter("ids", existingAgencies).getResultList()) {
                filings.computeIfAbsent(r.agency.id, k -> new HashMap<>()).put(r.year, r);
            }
        }
        // the poll's filings that do not exist yet, created at once
        Map<List<Long>, Boolean> wanted = new LinkedHashMap<>();
        Set<Long> pollFilings = new HashSet<>();
        for (Filing f : poll) {
            Agency a = agencies.get(f.agency());
            Report r = filings.getOrDefault(a.id, Map.of()).get(f.year());
            if (r == null) {
                wanted.put(List.of(a.id, (long) f.year()), true);
            } else {
                pollFilings.add(r.id);
            }
        }
        if (!wanted.isEmpty()) {
            Long[] ids = wanted.keySet().stream().map(k -> k.get(0)).toArray(Long[]::new);
            Integer[] years = wanted.keySet().stream().map(k -> k.get(1).intValue()).toArray(Integer[]::new);
            Set<String> created = new HashSet<>(insertReturning("insert into report (agency_id, year, first_stored_at,"
                    + " updated_at) select a, y, ?, ? from unnest(?, ?) as t (a, y)"
                    + " on conflict (agency_id, year) do nothing returning id", now, ids, years));
            Set<Long> agenciesOfNew = new HashSet<>(List.of(ids));
            // the created ones, and any another writer created meanwhile
            for (Report r : em.createQuery("select r from Report r left join fetch r.currentVersion"
                    + " where r.agency.id in :ids and r.year in :years", Report.class)
                    .setParameter("ids", agenciesOfNew).setParameter("years", new HashSet<>(List.of(years)))
                    .getResultList()) {
                if (!wanted.containsKey(List.of(r.agency.id, (long) r.year))) {
                    continue;
                }
                filings.computeIfAbsent(r.agency.id, k -> new HashMap<>()).put(r.year, r);
                if (created.contains(String.valueOf(r.id))) {
                    filingsNotReached.add(r.id);
                } else {
                    pollFilings.add(r.id);
                }
            }
        }
        if (!pollFilings.isEmpty()) {
            for (Object[] row : em.createQuery("select v.report.id, v.sha256, v.versionNo from DocumentVersion v"
                    + " where v.report.id in :ids", Object[].class).setParameter("ids", pollFilings).getResultList()) {
                versions.computeIfAbsent((Long) row[0], k -> new Versions()).add((String) row[1], (Integer) row[2]);
            }
        }
        loadAlerts(poll, existingAgencies);
        // the stored cells of the neighbouring years' current versions, for the checks across filings
        Set<Long> neighbourVersions = new HashSet<>();
        for (Filing f : poll) {
            Map<Integer, Report> years = filings.getOrDefault(agencies.get(f.agency()).id, Map.of());
            for (int y : new int[] {f.year() - 1, f.year() + 1}) {
                Report r = years.get(y);
                if (r != null && r.currentVersion != null) {
                    neighbourVersions.add(r.currentVersion.id);
                }
            }
        }
        storedCells.putAll(StoredCell.valuesOf(neighbourVersions));
    }

    /**
     * The alerts of the poll's filings and of the years beside them: an alert id names one body and year
     * ({@link AlertBook}), and storing a filing raises and resolves alerts of its own year and of the year after
     * (the checks across filings). A body's alerts of other years (a national body gathers dozens over the
     * years) are not read; asked for anyway, they are looked up in the database.
     */
    private void loadAlerts(List<Filing> poll, Set<Long> existingAgencies) {
        List<Long> agencyIds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (Filing f : poll) {
            long id = agencies.get(f.agency()).id;
            if (!existingAgencies.contains(id)) {
                continue;
            }
            for (int y = f.year() - 1; y <= f.year() + 1; y++) {
                if (alertYearsLoaded.add(List.of(id, (long) y))) {
                    agencyIds.add(id);
                    years.add(y);
                }
            }
        }
        if (agencyIds.isEmpty()) {
            return;
        }
        // plain rows, not entities: a body gathers dozens of alerts a year (one per blank cell), and every
        // entity in the session is checked again at each flush
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select a.id, a.alert_id, a.agency_id, a.year,"
                    + " a.origin, a.kind, a.resolved_at is null from alert a join unnest(?, ?) as t (agency_id, year)"
                    + " on a.agency_id = t.agency_id and a.year = t.year")) {
                ps.setArray(1, connection.createArrayOf("bigint", agencyIds.toArray()));
                ps.setArray(2, connection.createArrayOf("integer", years.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AlertRow row = new AlertRow(rs.getLong(1), rs.getString(2), rs.getInt(4), rs.getString(5),
                                rs.getString(6), rs.getBoolean(7));
                        alertRows.put(row.alertId(), row);
                        alertRowsByAgency.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(row);
                    }
                }
            }
        });
    }

    /** The entities of stored alerts read up front as rows (each read once; later the entity is what counts). */
    private void readEntities(List<AlertRow> rows) {
        List<Long> ids = rows.stream().filter(r -> !alertsById.containsKey(r.alertId())).map(AlertRow::id).toList();
        for (int from = 0; from < ids.size(); from += ALERTS_PER_QUERY) {
            // rows no statement of this transaction changed: nothing to flush before reading them
            for (StoredAlert a : em.createQuery("select a from StoredAlert a where a.id in :ids", StoredAlert.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ALERTS_PER_QUERY)))
                    .setFlushMode(FlushModeType.COMMIT).getResultList()) {
                alertsById.put(a.alertId, a);
                alertsByAgency.computeIfAbsent(a.agency.id, k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** How many stored alerts the poll read up front (those of its filings' years and the years beside them). */
    public int alertsRead() {
        return alertRows.size();
    }

    /** Whether every alert of this body and year is in the poll's maps. */
    private boolean alertsLoaded(Agency agency, Integer year) {
        Agency known = agency == null ? null : agencies.get(agency.name);
        if (known == null || !known.id.equals(agency.id)) {
            return false;
        }
        return agenciesCreated.contains(agency.id) || year != null && alertYearsLoaded.contains(List.of(agency.id, (long) year));
    }

    /** Runs an insert of arrays with RETURNING one column; returns the values returned, as strings. */
    private List<String> insertReturning(String sql, Instant now, Object[] first, Object[] second) {
        List<String> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int i = 1;
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(i++, at);
                if (second != null) {
                    ps.setTimestamp(i++, at);
                    ps.setArray(i++, connection.createArrayOf("bigint", first));
                    ps.setArray(i, connection.createArrayOf("integer", second));
                } else {
                    ps.setArray(i, connection.createArrayOf("text", first));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        });
        return out;
    }

    /** The body named {@code name}; {@code created}: this poll created it and this is the first report naming it. */
    public Agency agency(String name, boolean[] created) {
        Agency a = Objects.requireNonNull(agencies.get(name), name);
        created[0] = agenciesNotReached.remove(a.id);
        return a;
    }

    /** The filing of {@code agency} for {@code year}; {@code created}: as for {@link #agency}. */
    public Report report(Agency agency, int year, boolean[] created) {
        Report r = Objects.requireNonNull(filings.getOrDefault(agency.id, Map.of()).get(year), agency.name);
        created[0] = filingsNotReached.remove(r.id);
        return r;
    }

    @Override
    public Report filing(Agency agency, int year) {
        Report r = filings.getOrDefault(agency.id, Map.of()).get(year);
        return r == null || filingsNotReached.contains(r.id) ? null : r;
    }

    @Override
    public List<Report> filingsOf(Agency agency) {
        return filings.getOrDefault(agency.id, Map.of()).values().stream()
                .filter(r -> !filingsNotReached.contains(r.id))
                .sorted(java.util.Comparator.comparingInt(r -> r.year)).toList();
    }

    @Override
    public boolean hasVersion(Report filing, String sha256) {
        Versions v = versions.get(filing.id);
        return v != null && v.shas.contains(sha256);
    }

    @Override
    public Integer lastVersionNo(Report filing) {
        Versions v = versions.get(filing.id);
        return v == null ? null : v.last;
    }

    @Override
    public void versionAdded(DocumentVersion version) {
        versions.computeIfAbsent(version.report.id, k -> new Versions()).add(version.sha256, version.versionNo);
        written.add(version);
    }

    @Override
    public void findingsAdded(DocumentVersion version) {
        written.add(version);
    }

    @Override
    public boolean unflushed(DocumentVersion version) {
        return written.contains(version);
    }

    @Override
    public AnnualReport stored(DocumentVersion version) {
        CellWriter.VersionCells fresh = newCells.get(version.id);
        if (fresh != null) {
            return StoredReports.of(version, fresh.byPath());
        }
        Map<String, BigDecimal> cells = storedCells.get(version.id);
        return cells != null ? StoredReports.of(version, cells) : StoredReports.load(version);
    }

    @Override
    public boolean alertOpen(String alertId, Agency agency, Integer year) {
        if (!alertsLoaded(agency, year)) {
            return IngestContext.super.alertOpen(alertId, agency, year);
        }
        StoredAlert entity = alertsById.get(alertId);
        if (entity != null) {
            return entity.resolvedAt == null;
        }
        AlertRow row = alertRows.get(alertId);
        return row != null && row.open();
    }

    @Override
    public StoredAlert alert(String alertId, Agency agency, Integer year) {
        // every alert id names its body and year (AlertBook): those of the poll's filings are loaded
        if (!alertsLoaded(agency, year)) {
            return StoredAlert.byAlertId(alertId);
        }
        AlertRow row = alertRows.get(alertId);
        if (row != null && !alertsById.containsKey(alertId)) {
            readEntities(List.of(row));
        }
        return alertsById.get(alertId);
    }

    @Override
    public void alertAdded(StoredAlert alert) {
        alertsById.put(alert.alertId, alert);
        alertsByAgency.computeIfAbsent(alert.agency.id, k -> new ArrayList<>()).add(alert);
    }

    @Override
    public List<StoredAlert> openAlerts(Agency agency, Integer year, String origin, Collection<String> kinds,
                                        Set<String> except) {
        if (!alertsLoaded(agency, year)) {
            return IngestContext.direct().openAlerts(agency, year, origin, kinds, except);
        }
        // the rows that match, as entities (an entity read earlier is what counts for its alert)
        List<AlertRow> wanted = new ArrayList<>();
        for (AlertRow r : alertRowsByAgency.getOrDefault(agency.id, List.of())) {
            if (r.open() && Objects.equals(r.year(), year) && !alertsById.containsKey(r.alertId())
                    && IngestContext.matches(r.origin(), r.kind(), r.alertId(), origin, kinds, except)) {
                wanted.add(r);
            }
        }
        readEntities(wanted);
        List<StoredAlert> out = new ArrayList<>();
        for (StoredAlert a : alertsByAgency.getOrDefault(agency.id, List.of())) {
            if (a.resolvedAt == null && Objects.equals(a.year, year)
                    && IngestContext.matches(a.origin, a.kind, a.alertId, origin, kinds, except)) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public void writeCells(DocumentVersion version, AnnualReport report) {
        CellWriter.VersionCells cells = CellWriter.of(version.id, report);
        pendingCells.add(cells);
        newCells.put(version.id, cells);
    }

    @Override
    public void putTotals(long reportId, ReportTotals totals) {
        pendingTotals.remove(reportId);
        pendingTotals.put(reportId, totals);
    }

    @Override
    public void finish() {
        em.flush();
        CellWriter.writeAll(pendingCells);
        ReportTotalsTable.putAll(pendingTotals);
        pendingCells.clear();
        pendingTotals.clear();
    }
}
