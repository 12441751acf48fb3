package org.disclosurewatch.store.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Sums over many reports, per year: applications received (三 一 本年新收, 总计), outcomes by class
 * ({@link OutcomeClass}, 总计 column of each row of the class), and the administrative-review correction rate
 * (Σ 行政复议 结果纠正 / Σ 行政复议 已审结, where 已审结 = 总计 − 尚未审结). Blank cells add nothing. The sums of
 * one report ({@link #ofReport}) are kept at ingest, so a year's sums are one SQL aggregate.
 */
public final class RequestAggregates {
    static final String APPLICATIONS = FormKeys.path(Section.REQUESTS, FormKeys.NEW_RECEIVED, FormKeys.TOTAL);
    static final String REVIEWS = FormKeys.path(Section.REVIEWS_AND_LITIGATION, FormKeys.REVIEW, FormKeys.TOTAL);
    static final String REVIEWS_PENDING = FormKeys.path(Section.REVIEWS_AND_LITIGATION, FormKeys.REVIEW,
            FormKeys.PENDING);
    static final String REVIEWS_CORRECTED = FormKeys.path(Section.REVIEWS_AND_LITIGATION, FormKeys.REVIEW,
            FormKeys.CORRECTED);

    private RequestAggregates() {
    }

    /** The cells of one report, by dotted path. */
    public record ReportCells(int year, ReportFormat format, Map<String, BigDecimal> cells) {
        /** The cells of a report as received. */
        public static ReportCells of(AnnualReport report) {
            Map<String, BigDecimal> cells = new HashMap<>();
            for (Section s : Section.values()) {
                var table = report.cells(s);
                for (String row : table.rowKeys()) {
                    table.row(row).forEach((column, value) -> cells.put(FormKeys.path(s, row, column), value));
                }
            }
            return new ReportCells(report.year(), report.format(), cells);
        }
    }

    /** The sums of one report (or of several: {@link #plus}). */
    public record ReportTotals(BigDecimal applications, Map<OutcomeClass, BigDecimal> outcomes, BigDecimal reviews,
                               BigDecimal reviewsPending, BigDecimal reviewsCorrected) {
        public static ReportTotals zero() {
            Map<OutcomeClass, BigDecimal> o = new EnumMap<>(OutcomeClass.class);
            for (OutcomeClass c : OutcomeClass.values()) {
                o.put(c, BigDecimal.ZERO);
            }
            return new ReportTotals(BigDecimal.ZERO, o, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        public ReportTotals plus(ReportTotals other) {
            Map<OutcomeClass, BigDecimal> o = new EnumMap<>(OutcomeClass.class);
            for (OutcomeClass c : OutcomeClass.values()) {
                o.put(c, outcomes.get(c).add(other.outcomes.get(c)));
            }
            return new ReportTotals(applications.add(other.applications), o, reviews.add(other.reviews),
                    reviewsPending.add(other.reviewsPending), reviewsCorrected.add(other.reviewsCorrected));
        }
    }

    /** The sums of one year; {@code outcomes} by {@link OutcomeClass#key()}, in the form's order. */
    public record YearTotals(int year, int reports, BigDecimal applications, Map<String, BigDecimal> outcomes,
                             BigDecimal reviews, BigDecimal reviewsDecided, BigDecimal reviewsCorrected,
                             BigDecimal reviewCorrectionRate) {
    }

    /** The sums of one report. */
    public static ReportTotals ofReport(ReportCells r) {
        FormDefinition form = Forms.of(r.format() == null ? ReportFormat.expectedFor(r.year()) : r.format());
        ReportTotals t = ReportTotals.zero();
        Map<OutcomeClass, BigDecimal> outcomes = new EnumMap<>(t.outcomes());
        for (RowSpec row : form.rows(Section.REQUESTS, RowRole.OUTCOME)) {
            OutcomeClass.ofGroup(row.group()).ifPresent(c -> outcomes.merge(c,
                    value(r, FormKeys.path(Section.REQUESTS, row.key(), FormKeys.TOTAL)), BigDecimal::add));
        }
        return new ReportTotals(value(r, APPLICATIONS), outcomes, value(r, REVIEWS), value(r, REVIEWS_PENDING),
                value(r, REVIEWS_CORRECTED));
    }

    public static List<YearTotals> byYear(Collection<ReportCells> reports) {
        Map<Integer, List<ReportCells>> years = new TreeMap<>();
        for (ReportCells r : reports) {
            years.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        List<YearTotals> out = new ArrayList<>();
        years.forEach((year, list) -> {
            ReportTotals sum = ReportTotals.zero();
            for (ReportCells r : list) {
                sum = sum.plus(ofReport(r));
            }
            out.add(year(year, list.size(), sum));
        });
        return out;
    }

    /** A year's figures from the sums of its {@code reports} reports. */
    public static YearTotals year(int year, int reports, ReportTotals sum) {
        Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
        for (OutcomeClass c : OutcomeClass.values()) {
            outcomes.put(c.key(), sum.outcomes().get(c));
        }
        BigDecimal decided = sum.reviews().subtract(sum.reviewsPending());
        BigDecimal rate = decided.signum() > 0 ? sum.reviewsCorrected().divide(decided, 4, RoundingMode.HALF_UP) : null;
        return new YearTotals(year, reports, sum.applications(), outcomes, sum.reviews(), decided,
                sum.reviewsCorrected(), rate);
    }

    private static BigDecimal value(ReportCells r, String path) {
        BigDecimal v = r.cells().get(path);
        return v == null ? BigDecimal.ZERO : v;
    }
}
