package org.disclosurewatch.store.domain;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;

/**
 * The findings the store computes itself (across filings, about deadlines, about revisions), with their
 * rule ids, kinds and severities in one place.
 */
public final class StoreRules {
    public static final String CARRY_OVER = "store.carry_over";
    public static final String STOCK_FLOW = "store.stock_flow";
    public static final String COPIED_NARRATIVE = "store.copied_narrative";
    public static final String REVISION = "store.revision";
    public static final String DEADLINE = "store.deadline";
    public static final int VERSION = 1;

    public static final String KIND_CARRY_OVER = "carryover_mismatch";
    public static final String KIND_STOCK_FLOW = "stock_flow_mismatch";
    public static final String KIND_COPIED_NARRATIVE = "copied_narrative";
    public static final String KIND_REVISED = "filing_revised";
    public static final String KIND_MISSING = "missing_filing";
    public static final String KIND_LATE = "late_filing";

    /** Rule ids of the checks that compare a filing with its neighbour years. */
    public static final List<String> CROSS_FILING_RULES = List.of(CARRY_OVER, STOCK_FLOW, COPIED_NARRATIVE);

    private StoreRules() {
    }

    public static Finding carryOver(String column, int year, String observed, String expected) {
        String cell = "requests.carried_over." + column;
        return new Finding(CARRY_OVER, VERSION, KIND_CARRY_OVER, Severity.WARNING, cell, List.of(cell), observed,
                expected, "本年度“上年结转政府信息公开申请数量”（" + column + "）为" + observed + "，与" + (year - 1)
                        + "年度报告“结转下年度继续办理”" + expected + "不一致");
    }

    public static Finding stockFlow(String row, int year, String observed, String expected) {
        String base = "active_disclosure." + row + ".";
        return new Finding(STOCK_FLOW, VERSION, KIND_STOCK_FLOW, Severity.WARNING, base + "in_force",
                List.of(base + "in_force", base + "issued", base + "repealed"), observed, expected,
                "现行有效件数" + observed + "不等于" + (year - 1) + "年度现行有效件数加本年制发减本年废止（" + expected + "）");
    }

    public static Finding copiedNarrative(int year, double similarity, double threshold) {
        return new Finding(COPIED_NARRATIVE, VERSION, KIND_COPIED_NARRATIVE, Severity.INFO, null, List.of(),
                String.format(java.util.Locale.ROOT, "%.2f", similarity),
                String.format(java.util.Locale.ROOT, "< %.2f", threshold),
                "第一部分总体情况与" + (year - 1) + "年度报告几乎相同");
    }

    public static Finding revised(String newSha256, String previousSha256, int versionNo) {
        return new Finding(REVISION, VERSION, KIND_REVISED, Severity.INFO, null, List.of(), newSha256, previousSha256,
                "年度报告已重新发布或更正（第" + versionNo + "版）");
    }

    public static Finding missing(java.time.LocalDate deadline) {
        return new Finding(DEADLINE, VERSION, KIND_MISSING, Severity.ERROR, null, List.of(), null,
                deadline.toString(), "截至" + deadline + "仍未发现该机关的年度报告");
    }

    public static Finding late(java.time.LocalDate publishedOn, java.time.LocalDate deadline) {
        return new Finding(DEADLINE, VERSION, KIND_LATE, Severity.WARNING, null, List.of(), String.valueOf(publishedOn),
                deadline.toString(), "年度报告于" + publishedOn + "发布，晚于" + deadline + "的期限");
    }
}
