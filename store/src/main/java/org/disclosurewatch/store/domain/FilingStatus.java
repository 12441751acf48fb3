package org.disclosurewatch.store.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;

/** Where a body's report for one year stands. */
public enum FilingStatus {
    /** Filed by the deadline, no inconsistency found. */
    ON_TIME("按时"),
    /** Filed after the deadline. */
    LATE("逾期"),
    /** Filed, with at least one error or warning about its numbers (sums, blanks, carry-over …). */
    INCONSISTENT("数据不一致"),
    /** Not filed and the deadline has passed. */
    MISSING("未发现"),
    /** Not filed yet, the deadline has not passed. */
    PENDING("未到期限");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    /** The Chinese word the dashboard shows. */
    public String label() {
        return label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FilingStatus of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The status of a filed report: inconsistent when an error or warning finding is of a kind that marks a
     * filing inconsistent ({@link FindingKind#marksInconsistent}), else late when published after the deadline
     * or a late_filing finding exists, else on time.
     */
    public static FilingStatus ofFiled(LocalDate publishedOn, LocalDate deadline, Collection<Finding> findings) {
        boolean inconsistent = findings.stream().anyMatch(f -> f.severity() != Severity.INFO
                && FindingKind.of(f.kind()).marksInconsistent());
        if (inconsistent) {
            return INCONSISTENT;
        }
        boolean late = findings.stream().anyMatch(f -> StoreRules.KIND_LATE.id().equals(f.kind()))
                || (publishedOn != null && deadline != null && publishedOn.isAfter(deadline));
        return late ? LATE : ON_TIME;
    }

    /** The status of a year without a report. */
    public static FilingStatus ofUnfiled(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline) ? MISSING : PENDING;
    }
}
