package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.domain.RequestAggregates.ReportTotals;
import org.hibernate.Session;

/** The sums of each report's current version (table {@code report_totals}), and their sums per year in SQL. */
public final class ReportTotalsTable {
    private static final String OUTCOME_COLUMNS = outcomeColumns();

    private ReportTotalsTable() {
    }

    /** Replaces the sums of {@code reportId} (one statement). Must be called inside a transaction. */
    public static void put(long reportId, ReportTotals t) {
        putAll(Map.of(reportId, t));
    }

    /** Replaces the sums of each report (one JDBC batch). Must be called inside a transaction. */
    public static void putAll(Map<Long, ReportTotals> totals) {
        if (totals.isEmpty()) {
            return;
        }
        StringBuilder update = new StringBuilder("applications = excluded.applications");
        for (OutcomeClass c : OutcomeClass.values()) {
            update.append(", ").append(c.key()).append(" = excluded.").append(c.key());
        }
        update.append(", reviews = excluded.reviews, reviews_pending = excluded.reviews_pending,"
                + " reviews_corrected = excluded.reviews_corrected");
        String sql = "insert into report_totals (report_id, applications, " + OUTCOME_COLUMNS
                + ", reviews, reviews_pending, reviews_corrected) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (report_id) do update set " + update;
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Map.Entry<Long, ReportTotals> e : totals.entrySet()) {
                    ReportTotals t = e.getValue();
                    int i = 1;
                    ps.setLong(i++, e.getKey());
                    ps.setBigDecimal(i++, t.applications());
                    for (OutcomeClass c : OutcomeClass.values()) {
                        ps.setBigDecimal(i++, t.outcomes().get(c));
                    }
                    ps.setBigDecimal(i++, t.reviews());
                    ps.setBigDecimal(i++, t.reviewsPending());
                    ps.setBigDecimal(i, t.reviewsCorrected());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Per year, the sums over the reports of {@code region} (all when null) and {@code year} (all when null). */
    public static List<RequestAggregates.YearTotals> byYear(String region, Integer year) {
        StringBuilder sql = new StringBuilder("select r.year, count(*), sum(t.applications)");
        for (OutcomeClass c : OutcomeClass.values()) {
            sql.append(", sum(t.").append(c.key()).append(')');
        }
        sql.append(", sum(t.reviews), sum(t.reviews_pending), sum(t.reviews_corrected)"
                + " from report_totals t join report r on r.id = t.report_id where 1 = 1");
        boolean byRegion = region != null && !region.isBlank();
        if (byRegion) {
            sql.append(" and r.region = :region");
        }
        if (year != null) {
            sql.append(" and r.year = :year");
        }
        sql.append(" group by r.year order by r.year");
        var q = Panache.getEntityManager().createNativeQuery(sql.toString());
        if (byRegion) {
            q.setParameter("region", region);
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        List<RequestAggregates.YearTotals> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            int i = 3;
            Map<OutcomeClass, BigDecimal> outcomes = new EnumMap<>(OutcomeClass.class);
            for (OutcomeClass c : OutcomeClass.values()) {
                outcomes.put(c, decimal(row[i++]));
            }
            ReportTotals sum = new ReportTotals(decimal(row[2]), outcomes, decimal(row[i++]), decimal(row[i++]),
                    decimal(row[i]));
            out.add(RequestAggregates.year(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), sum));
        }
        return out;
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    private static String outcomeColumns() {
        List<String> cols = new ArrayList<>();
        for (OutcomeClass c : OutcomeClass.values()) {
            cols.add(c.key());
        }
        return String.join(", ", cols);
    }
}
