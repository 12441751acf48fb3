package org.disclosurewatch.store.domain;

import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.Section;

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
    public static final String AVAILABILITY = "store.availability";
    public static final int VERSION = 1;

    public static final FindingKind KIND_CARRY_OVER = FindingKind.CARRYOVER_MISMATCH;
    public static final FindingKind KIND_STOCK_FLOW = FindingKind.STOCK_FLOW_MISMATCH;
    public static final FindingKind KIND_COPIED_NARRATIVE = FindingKind.COPIED_NARRATIVE;
    public static final FindingKind KIND_REVISED = FindingKind.FILING_REVISED;
    public static final FindingKind KIND_MISSING = FindingKind.MISSING_FILING;
    public static final FindingKind KIND_LATE = FindingKind.LATE_FILING;
    public static final FindingKind KIND_WITHDRAWN = FindingKind.FILING_WITHDRAWN;
    /** Every kind the store's own checks produce. */
    public static final List<FindingKind> KINDS = List.of(KIND_CARRY_OVER, KIND_STOCK_FLOW, KIND_COPIED_NARRATIVE,
            KIND_REVISED, KIND_MISSING, KIND_LATE, KIND_WITHDRAWN);
    /** Kinds of the checks across filings, by id (their alerts are resolved when a recheck no longer finds them). */
    public static final List<String> CROSS_FILING_KINDS = List.of(KIND_CARRY_OVER.id(), KIND_STOCK_FLOW.id(),
            KIND_COPIED_NARRATIVE.id());

    /** Rule ids of the checks that compare a filing with its neighbour years. */
    public static final List<String> CROSS_FILING_RULES = List.of(CARRY_OVER, STOCK_FLOW, COPIED_NARRATIVE);

    /** Prefix of the name a report is filed under when neither it nor its portal names the body. */
    public static final String UNNAMED_AGENCY = "未识别机关";

    private StoreRules() {
    }

    /** The body a report that names none is filed under: one per document. */
    public static String unnamedAgency(String documentUrl, String sha256) {
        return UNNAMED_AGENCY + "（" + (documentUrl != null ? documentUrl : sha256) + "）";
    }

    public static Finding carryOver(String column, int year, String observed, String expected) {
        String cell = FormKeys.path(Section.REQUESTS, FormKeys.CARRIED_OVER, column);
        return Finding.of(CARRY_OVER, VERSION, KIND_CARRY_OVER, cell, List.of(cell), observed,
                expected, "本年度“上年结转政府信息公开申请数量”（" + column + "）为" + observed + "，与" + (year - 1)
                        + "年度报告“结转下年度继续办理”" + expected + "不一致");
    }

    public static Finding stockFlow(String row, int year, String observed, String expected) {
        String inForce = FormKeys.path(Section.ACTIVE_DISCLOSURE, row, FormKeys.IN_FORCE);
        return Finding.of(STOCK_FLOW, VERSION, KIND_STOCK_FLOW, inForce,
                List.of(inForce, FormKeys.path(Section.ACTIVE_DISCLOSURE, row, FormKeys.ISSUED),
                        FormKeys.path(Section.ACTIVE_DISCLOSURE, row, FormKeys.REPEALED)), observed, expected,
                "现行有效件数" + observed + "不等于" + (year - 1) + "年度现行有效件数加本年制发减本年废止（" + expected + "）");
    }

    public static Finding copiedNarrative(int year, double similarity, double threshold) {
        return Finding.of(COPIED_NARRATIVE, VERSION, KIND_COPIED_NARRATIVE, null, List.of(),
                String.format(java.util.Locale.ROOT, "%.2f", similarity),
                String.format(java.util.Locale.ROOT, "< %.2f", threshold),
                "第一部分总体情况与" + (year - 1) + "年度报告几乎相同");
    }

    public static Finding revised(String newSha256, String previousSha256, int versionNo) {
        return Finding.of(REVISION, VERSION, KIND_REVISED, null, List.of(), newSha256, previousSha256,
                "年度报告已重新发布或更正（第" + versionNo + "版）");
    }

    public static Finding missing(java.time.LocalDate deadline) {
        return Finding.of(DEADLINE, VERSION, KIND_MISSING, null, List.of(), null,
                deadline.toString(), "截至" + deadline + "仍未发现该机关的年度报告");
    }

    /**
     * A report page the fetcher found gone from its portal: {@code reason} {@code unlisted} (absent from its
     * listing) or {@code http_404}/{@code http_410}; observed is the reason, expected what a filed report should be.
     */
    public static Finding withdrawn(String documentUrl, String reason, java.time.LocalDate goneSince) {
        String why = reason == null ? "" : reason.equals("unlisted") ? "已从栏目列表中撤下"
                : reason.startsWith("http_") ? "页面返回" + reason.substring(5) : reason;
        return Finding.of(AVAILABILITY, VERSION, KIND_WITHDRAWN, null, List.of(), reason, "listed",
                "年度报告已从门户网站撤下（" + why + (goneSince == null ? "" : "，自" + goneSince + "起")
                        + "）：" + documentUrl);
    }

    public static Finding late(java.time.LocalDate publishedOn, java.time.LocalDate deadline) {
        return Finding.of(DEADLINE, VERSION, KIND_LATE, null, List.of(), String.valueOf(publishedOn),
                deadline.toString(), "年度报告于" + publishedOn + "发布，晚于" + deadline + "的期限");
    }
}
