package org.disclosurewatch.store.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Sums over many reports, per year: applications received (三 一 本年新收, 总计), outcomes by class
 * (三（一）…（六）, 总计 column of each row of the class), and the administrative-review correction rate
 * (Σ 行政复议 结果纠正 / Σ 行政复议 已审结, where 已审结 = 总计 − 尚未审结). Blank cells add nothing.
 */
public final class RequestAggregates {
    /** Outcome classes by the group the form prints them under. */
    public static final Map<String, String> OUTCOME_CLASSES = outcomeClasses();

    private RequestAggregates() {
    }

    /** The cells of one report, by dotted path. */
    public record ReportCells(int year, ReportFormat format, Map<String, BigDecimal> cells) {
    }

    /** The sums of one year. */
    public record YearTotals(int year, int reports, BigDecimal applications, Map<String, BigDecimal> outcomes,
                             BigDecimal reviews, BigDecimal reviewsDecided, BigDecimal reviewsCorrected,
                             BigDecimal reviewCorrectionRate) {
    }

    public static List<YearTotals> byYear(Collection<ReportCells> reports) {
        Map<Integer, List<ReportCells>> years = new TreeMap<>();
        for (ReportCells r : reports) {
            years.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        List<YearTotals> out = new ArrayList<>();
        years.forEach((year, list) -> out.add(total(year, list)));
        return out;
    }

    static YearTotals total(int year, List<ReportCells> reports) {
        BigDecimal applications = BigDecimal.ZERO;
        Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
        OUTCOME_CLASSES.values().forEach(label -> outcomes.put(label, BigDecimal.ZERO));
        BigDecimal reviews = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        BigDecimal corrected = BigDecimal.ZERO;
        for (ReportCells r : reports) {
            FormDefinition form = Forms.of(r.format() == null ? ReportFormat.expectedFor(r.year()) : r.format());
            applications = applications.add(value(r, "requests.new_received.total"));
            for (RowSpec row : form.rows(Section.REQUESTS, RowRole.OUTCOME)) {
                String label = OUTCOME_CLASSES.get(row.group());
                if (label != null) {
                    outcomes.merge(label, value(r, "requests." + row.key() + ".total"), BigDecimal::add);
                }
            }
            reviews = reviews.add(value(r, "reviews_and_litigation.review.total"));
            pending = pending.add(value(r, "reviews_and_litigation.review.pending"));
            corrected = corrected.add(value(r, "reviews_and_litigation.review.corrected"));
        }
        BigDecimal decided = reviews.subtract(pending);
        BigDecimal rate = decided.signum() > 0 ? corrected.divide(decided, 4, RoundingMode.HALF_UP) : null;
        return new YearTotals(year, reports.size(), applications, outcomes, reviews, decided, corrected, rate);
    }

    private static BigDecimal value(ReportCells r, String path) {
        BigDecimal v = r.cells().get(path);
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Map<String, String> outcomeClasses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("三（一）", "granted");
        m.put("三（二）", "partially_granted");
        m.put("三（三）", "denied");
        m.put("三（四）", "unavailable");
        m.put("三（五）", "not_processed");
        m.put("三（六）", "other");
        return java.util.Collections.unmodifiableMap(m);
    }
}
