package org.disclosurewatch.store.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;

/**
 * Compares one filing with the same body's filing for the year before (identity 5 of the form, and the
 * part-1 narrative): the findings belong to the later filing.
 *
 * <ul>
 *   <li>carry-over, per column: {@code requests.carried_over.<col>}(N) = {@code requests.carried_forward.<col>}(N−1);</li>
 *   <li>stock-flow, both filings on the 2021 form, for {@code regulations} and {@code normative_documents}:
 *   in_force(N) = in_force(N−1) + issued(N) − repealed(N);</li>
 *   <li>copied narrative: part 1 nearly identical to last year's ({@link NarrativeSimilarity}).</li>
 * </ul>
 * A blank cell on either side is skipped: blanks are reported by the validator, never read as zero.
 */
public final class CrossFilingCheck {
    static final List<String> STOCK_ROWS = List.of(FormKeys.REGULATIONS, FormKeys.NORMATIVE_DOCUMENTS);

    private final NarrativeSimilarity similarity;
    private final double copyThreshold;

    public CrossFilingCheck(NarrativeSimilarity similarity, double copyThreshold) {
        this.similarity = similarity;
        this.copyThreshold = copyThreshold;
    }

    /** Findings on {@code current} from comparing it with {@code previous} (the year before). */
    public List<Finding> compare(AnnualReport previous, AnnualReport current) {
        if (previous == null || current == null || previous.year() == null || current.year() == null
                || previous.year() + 1 != current.year()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        carryOver(previous, current, out);
        stockFlow(previous, current, out);
        copiedNarrative(previous, current, out);
        return out;
    }

    private void carryOver(AnnualReport previous, AnnualReport current, List<Finding> out) {
        for (ColumnSpec col : Forms.REQUEST_COLUMNS) {
            BigDecimal carriedOver = current.requests().get(FormKeys.CARRIED_OVER, col.key());
            BigDecimal carriedForward = previous.requests().get(FormKeys.CARRIED_FORWARD, col.key());
            if (carriedOver != null && carriedForward != null && carriedOver.compareTo(carriedForward) != 0) {
                out.add(StoreRules.carryOver(col.key(), current.year(), plain(carriedOver), plain(carriedForward)));
            }
        }
    }

    private void stockFlow(AnnualReport previous, AnnualReport current, List<Finding> out) {
        if (previous.format() != ReportFormat.F2021 || current.format() != ReportFormat.F2021) {
            return;
        }
        for (String row : STOCK_ROWS) {
            BigDecimal lastInForce = previous.activeDisclosure().get(row, FormKeys.IN_FORCE);
            BigDecimal inForce = current.activeDisclosure().get(row, FormKeys.IN_FORCE);
            BigDecimal issued = current.activeDisclosure().get(row, FormKeys.ISSUED);
            BigDecimal repealed = current.activeDisclosure().get(row, FormKeys.REPEALED);
            if (lastInForce == null || inForce == null || issued == null || repealed == null) {
                continue;
            }
            BigDecimal expected = lastInForce.add(issued).subtract(repealed);
            if (expected.compareTo(inForce) != 0) {
                out.add(StoreRules.stockFlow(row, current.year(), plain(inForce), plain(expected)));
            }
        }
    }

    private void copiedNarrative(AnnualReport previous, AnnualReport current, List<Finding> out) {
        String before = previous.narrativePart(AnnualReport.PART1);
        String now = current.narrativePart(AnnualReport.PART1);
        double s = similarity.similarityIfComparable(before, now);
        if (!Double.isNaN(s) && s >= copyThreshold) {
            out.add(StoreRules.copiedNarrative(current.year(), s, copyThreshold));
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
