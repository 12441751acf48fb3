package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.store.persistence.DocumentVersion;
import org.hibernate.Session;

/**
 * Writes every cell of a version as one JDBC batch (a report has about 200 cells; one statement each was
 * the store's largest cost), in the calling transaction. The rows are those {@code StoredCell} maps.
 */
final class CellWriter {
    private CellWriter() {
    }

    /** One row of the cell table. */
    record Row(String path, BigDecimal value, String kind) {
    }

    /** The cells of a report in the form's order: section, row, column. */
    static List<Row> rows(AnnualReport report) {
        FormDefinition form = report.form();
        List<Row> out = new ArrayList<>();
        for (Section s : Section.values()) {
            var cells = report.cells(s);
            for (String row : cells.rowKeys()) {
                for (var e : cells.row(row).entrySet()) {
                    String path = s.key() + "." + row + "." + e.getKey();
                    CellKind kind = form == null ? null : form.kindOf(path);
                    out.add(new Row(path, e.getValue(), kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }

    static void write(DocumentVersion version, AnnualReport report) {
        List<Row> rows = rows(report);
        if (rows.isEmpty()) {
            return;
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into cell (version_id, path, value, kind) values (?, ?, ?, ?)")) {
                for (Row r : rows) {
                    ps.setLong(1, version.id);
                    ps.setString(2, r.path());
                    if (r.value() == null) {
                        ps.setNull(3, Types.NUMERIC);
                    } else {
                        ps.setBigDecimal(3, r.value());
                    }
                    ps.setString(4, r.kind());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
