package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One thing a check found about a filing.
 *
 * @param ruleId      stable id of the rule ("part3.balance")
 * @param ruleVersion version of the rule that found it
 * @param kind        kind of finding ("inconsistent_total", "empty_cell", "late_filing", ...)
 * @param severity    error, warning or info
 * @param cell        the principal cell, as a dotted path, or null when the finding is about the filing
 * @param cells       every cell involved
 * @param observed    what the filing says (a number, a date), as text
 * @param expected    what a correct filing would say, as text
 * @param message     one sentence in Chinese a clerk understands
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(
        String ruleId,
        int ruleVersion,
        String kind,
        Severity severity,
        String cell,
        List<String> cells,
        String observed,
        String expected,
        String message) {
    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A finding of {@code kind}, with the severity the kind carries. */
    public static Finding of(String ruleId, int ruleVersion, FindingKind kind, String cell, List<String> cells,
                             String observed, String expected, String message) {
        return new Finding(ruleId, ruleVersion, kind.id(), kind.defaultSeverity(), cell, cells, observed, expected,
                message);
    }

    /** The kind as the vocabulary's type; throws when the kind is not a {@link FindingKind}. */
    public FindingKind findingKind() {
        return FindingKind.of(kind);
    }
}
