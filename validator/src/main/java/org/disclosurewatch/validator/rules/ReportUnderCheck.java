package org.disclosurewatch.validator.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * A report together with what the checks need around it: the form its tables follow, the date the portal
 * published it (null when unknown), where that date was read and the portal's other dates that disagree
 * (both null when unknown; see {@link org.disclosurewatch.contracts.events.FetchedDocument}).
 */
public record ReportUnderCheck(AnnualReport report, LocalDate publishedOn, String publishedOnSource,
                               String publishedOnConflict) {

    /** A report whose publication date comes without evidence. */
    public ReportUnderCheck(AnnualReport report, LocalDate publishedOn) {
        this(report, publishedOn, null, null);
    }

    /** The form of the report; the 2021 form when the report does not say. */
    public FormDefinition form() {
        return Forms.of(report.format() == null ? ReportFormat.F2021 : report.format());
    }

    /** The cell of {@code section}, {@code row}, {@code column} as a term of a sum. */
    public Term term(Section section, RowSpec row, String column, String label) {
        CellPath path = CellPath.of(section, row.key(), column);
        BigDecimal value = report.cell(path);
        return new Term(path.toString(), label, value);
    }
}
