package org.disclosurewatch.testkit.generate;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportFormat;

/**
 * A number that part 一 of a report states and that the tables also hold, with the table cells it must
 * agree with. Blank cells count as zero here.
 */
public enum NarrativeFact {
    /** 本年新收 total. */
    RECEIVED("requests.new_received.total"),
    /** 上年结转 total. */
    CARRIED_OVER("requests.carried_over.total"),
    /** 予以公开 total. */
    GRANTED("requests.granted.total"),
    /** 部分公开 total. */
    PARTIALLY_GRANTED("requests.partially_granted.total"),
    /** 不予公开: the eight denied rows. */
    DENIED("requests.denied_state_secret.total", "requests.denied_prohibited_by_law.total",
            "requests.denied_endangers_safety_stability.total", "requests.denied_third_party_rights.total",
            "requests.denied_internal_affairs.total", "requests.denied_process_information.total",
            "requests.denied_enforcement_case_file.total", "requests.denied_administrative_query.total"),
    /** 无法提供: the three unavailable rows. */
    UNAVAILABLE("requests.unavailable_not_held.total", "requests.unavailable_needs_creation.total",
            "requests.unavailable_unclear_after_correction.total"),
    /** 不予处理: the five not-processed rows. */
    NOT_PROCESSED("requests.not_processed_petition.total", "requests.not_processed_duplicate.total",
            "requests.not_processed_publication.total", "requests.not_processed_excessive.total",
            "requests.not_processed_confirmation.total"),
    /** 其他处理: the 2021 form's three rows, or the 2019 form's one. */
    OTHER_PROCESSED("requests.other_no_correction.total", "requests.other_unpaid_fee.total",
            "requests.other_other.total", "requests.other.total"),
    /** 结转下年度继续办理 total. */
    CARRIED_FORWARD("requests.carried_forward.total"),
    /** 行政复议 total. */
    REVIEWS("reviews_and_litigation.review.total"),
    /** 行政诉讼: direct and after-review totals together. */
    LITIGATION("reviews_and_litigation.litigation_direct.total", "reviews_and_litigation.litigation_after_review.total"),
    /** 制发行政规范性文件 (2021 form: normative_documents.issued). */
    NORMATIVE_ISSUED("active_disclosure.normative_documents.issued"),
    /** 现行有效行政规范性文件 (2021 form: normative_documents.in_force). */
    NORMATIVE_IN_FORCE("active_disclosure.normative_documents.in_force");

    private final List<String> cells;

    NarrativeFact(String... cells) {
        this.cells = List.of(cells);
    }

    /** The cell paths whose sum the narrative states (paths absent from a form are skipped). */
    public List<String> cells() {
        return cells;
    }

    /** Whether reports in this format state the fact (the normative-document facts are 2021-form only). */
    public boolean appliesTo(ReportFormat format) {
        return format == ReportFormat.F2021 || (this != NORMATIVE_ISSUED && this != NORMATIVE_IN_FORCE);
    }

    /** The value the tables of {@code report} give for this fact. */
    public long valueIn(AnnualReport report) {
        long sum = 0;
        for (String path : cells) {
            if (report.form() != null && report.form().kindOf(path) != null) {
                BigDecimal v = report.cell(path);
                sum += v == null ? 0 : v.longValue();
            }
        }
        return sum;
    }
}
