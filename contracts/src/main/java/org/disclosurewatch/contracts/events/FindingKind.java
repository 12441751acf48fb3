package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every kind of finding the pipeline produces, with the alert category (hence the CloudEvent type) it is
 * published under and the severity its findings carry. A rule or check can only name a kind listed here,
 * and a kind cannot be listed without its category: there is no fallback.
 */
public enum FindingKind {
    /** A total differs from the sum of its parts (validator). */
    INCONSISTENT_TOTAL("inconsistent_total", AlertCategory.INCONSISTENT, Severity.ERROR),
    /** A cell holds a value its kind forbids: a negative count, a fraction (validator). */
    INVALID_VALUE("invalid_value", AlertCategory.INCONSISTENT, Severity.ERROR),
    /** A table cell left blank (validator). */
    EMPTY_CELL("empty_cell", AlertCategory.INCONSISTENT, Severity.WARNING),
    /** Part 一 states a count the tables contradict (validator). */
    TEXT_TABLE_MISMATCH("text_table_mismatch", AlertCategory.INCONSISTENT, Severity.WARNING),
    /** A part of the report is missing (validator). */
    MISSING_PART("missing_part", AlertCategory.FORM, Severity.WARNING),
    /** A report for 2021 or later on the 2019 form (validator). */
    FORMAT_OUTDATED("format_outdated", AlertCategory.FORM, Severity.WARNING),
    /** The title names another year than the report's (validator). */
    TITLE_YEAR_MISMATCH("title_year_mismatch", AlertCategory.FORM, Severity.WARNING),
    /** No signing date at the end (validator). */
    MISSING_SIGNING_DATE("missing_signing_date", AlertCategory.FORM, Severity.INFO),
    /** Signed before the report year ended (validator). */
    SIGNED_BEFORE_YEAR_END("signed_before_year_end", AlertCategory.FORM, Severity.ERROR),
    /** Neither the report nor the portal names the body that filed it (validator). */
    MISSING_AGENCY("missing_agency", AlertCategory.FORM, Severity.ERROR),
    /** Published after the deadline (validator, and the store when a missing filing arrives). */
    LATE_FILING("late_filing", AlertCategory.LATE, Severity.WARNING),
    /** Not found after the deadline (store). */
    MISSING_FILING("missing_filing", AlertCategory.MISSING, Severity.ERROR),
    /** A new version of a stored report (store). */
    FILING_REVISED("filing_revised", AlertCategory.REVISED, Severity.INFO),
    /** Carried over this year differs from carried forward last year (store). */
    CARRYOVER_MISMATCH("carryover_mismatch", AlertCategory.INCONSISTENT, Severity.WARNING),
    /** Documents in force differ from last year's plus issued minus repealed (store). */
    STOCK_FLOW_MISMATCH("stock_flow_mismatch", AlertCategory.INCONSISTENT, Severity.WARNING),
    /** Part 一 nearly identical to last year's (store). */
    COPIED_NARRATIVE("copied_narrative", AlertCategory.INCONSISTENT, Severity.INFO),
    /** A report the fetcher found before is gone from its portal on two rounds in a row (store). */
    FILING_WITHDRAWN("filing_withdrawn", AlertCategory.WITHDRAWN, Severity.WARNING);

    private static final Map<String, FindingKind> BY_ID = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(FindingKind::id, Function.identity()));

    private final String id;
    private final AlertCategory category;
    private final Severity severity;

    FindingKind(String id, AlertCategory category, Severity severity) {
        this.id = Objects.requireNonNull(id);
        this.category = Objects.requireNonNull(category);
        this.severity = Objects.requireNonNull(severity);
    }

    /** The id findings and alerts carry ({@code Finding.kind}, CloudEvent extension {@code kind}). */
    @JsonValue
    public String id() {
        return id;
    }

    public AlertCategory category() {
        return category;
    }

    /** The severity findings of this kind carry. */
    public Severity defaultSeverity() {
        return severity;
    }

    /** The CloudEvent type alerts of this kind are published as. */
    public String cloudEventType() {
        return category.cloudEventType();
    }

    /** Whether an alerting finding of this kind marks its filing inconsistent. */
    public boolean marksInconsistent() {
        return category == AlertCategory.INCONSISTENT;
    }

    /** The kind with this id; throws for an id no kind has (a finding must never fall into a default). */
    public static FindingKind of(String id) {
        FindingKind k = id == null ? null : BY_ID.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown finding kind: " + id);
        }
        return k;
    }

    /** Whether some kind has this id. */
    public static boolean known(String id) {
        return id != null && BY_ID.containsKey(id);
    }
}
