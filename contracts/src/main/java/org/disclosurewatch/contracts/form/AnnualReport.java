package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One annual report as read from a document, in the answer-key schema ({@code shared/fixtures/README.md}),
 * plus what a reader needs to trust it: the narrative parts, where each cell came from and what could not
 * be matched.
 *
 * @param kind               whether the document is an annual report at all
 * @param title              the title as printed
 * @param agency             the filing body's full name ("重庆市綦江区应急管理局"), or the region for a
 *                           whole-region report ("重庆市黔江区")
 * @param agencyLevel        government, department or township
 * @param region             the region the body belongs to ("重庆市綦江区")
 * @param year               the statistics year
 * @param format             which form the tables follow
 * @param signedOn           the date under the signature, null when the report has none
 * @param activeDisclosure   part 二
 * @param requests           part 三
 * @param reviewsAndLitigation part 四
 * @param narrative          text of the narrative parts by key: {@code part1}, {@code part5}, {@code part6}
 * @param provenance         cell path → where the value was read ("table 2 row 5 col 3", "text@1234")
 * @param diagnostics        what could not be matched, in plain words
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnnualReport(
        DocumentKind kind,
        String title,
        String agency,
        AgencyLevel agencyLevel,
        String region,
        Integer year,
        ReportFormat format,
        LocalDate signedOn,
        Cells activeDisclosure,
        Cells requests,
        Cells reviewsAndLitigation,
        Map<String, String> narrative,
        Map<String, String> provenance,
        List<String> diagnostics) {

    public static final String PART1 = "part1";
    public static final String PART5 = "part5";
    public static final String PART6 = "part6";

    public AnnualReport {
        activeDisclosure = activeDisclosure == null ? new Cells() : activeDisclosure;
        requests = requests == null ? new Cells() : requests;
        reviewsAndLitigation = reviewsAndLitigation == null ? new Cells() : reviewsAndLitigation;
        narrative = narrative == null ? Map.of() : narrative;
        provenance = provenance == null ? Map.of() : provenance;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    @JsonIgnore
    public Cells cells(Section section) {
        return switch (section) {
            case ACTIVE_DISCLOSURE -> activeDisclosure;
            case REQUESTS -> requests;
            case REVIEWS_AND_LITIGATION -> reviewsAndLitigation;
        };
    }

    /** The value at a cell path, or null when blank or absent. */
    public BigDecimal cell(CellPath path) {
        return cells(path.section()).get(path.row(), path.column());
    }

    public BigDecimal cell(String dottedPath) {
        return cell(CellPath.parse(dottedPath));
    }

    /** Whether the document had this cell (blank or not). */
    public boolean hasCell(CellPath path) {
        return cells(path.section()).has(path.row(), path.column());
    }

    @JsonIgnore
    public FormDefinition form() {
        return format == null ? null : Forms.of(format);
    }

    /** The key that orders this filing's records: the agency name, or "unknown". */
    @JsonIgnore
    public String filingKey() {
        return agency == null || agency.isBlank() ? "unknown" : agency;
    }

    public String narrativePart(String key) {
        return narrative.getOrDefault(key, "");
    }
}
