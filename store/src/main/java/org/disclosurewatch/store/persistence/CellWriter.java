package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Locale;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.Section;
import org.hibernate.Session;

/**
 * Writes every cell of a version in JDBC batches inside the current transaction (a report has some 200
 * cells; one statement per cell would dominate ingest). Ids come from the cell sequence.
 */
public final class CellWriter {
    private static final String INSERT = "insert into cell (id, version_id, path, value, kind) "
            + "values (nextval('cell_id_seq'), ?, ?, ?, ?)";
    private static final int BATCH = 500;

    private CellWriter() {
    }

    /** Inserts the report's cells for {@code version}, which must be persisted; returns how many. */
    public static int write(DocumentVersion version, AnnualReport report) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        FormDefinition form = report.form();
        int[] count = {0};
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (Section s : Section.values()) {
                    var cells = report.cells(s);
                    for (String row : cells.rowKeys()) {
                        for (var e : cells.row(row).entrySet()) {
                            String path = FormKeys.path(s, row, e.getKey());
                            CellKind kind = form == null ? null : form.kindOf(path);
                            BigDecimal value = e.getValue();
                            ps.setLong(1, version.id);
                            ps.setString(2, path);
                            if (value == null) {
                                ps.setNull(3, Types.NUMERIC);
                            } else {
                                ps.setBigDecimal(3, value);
                            }
                            ps.setString(4, kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT));
                            ps.addBatch();
                            count[0]++;
                            if (++pending == BATCH) {
                                ps.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
        return count[0];
    }

    /** Every cell of the report by path, in form order; null = blank (what {@link #write} stores). */
    public static java.util.Map<String, BigDecimal> values(AnnualReport report) {
        java.util.Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (Section s : Section.values()) {
            var cells = report.cells(s);
            for (String row : cells.rowKeys()) {
                for (var e : cells.row(row).entrySet()) {
                    out.put(FormKeys.path(s, row, e.getKey()), e.getValue());
                }
            }
        }
        return out;
    }

    /** Deletes every cell of a version (before a re-read's cells replace them). */
    public static int deleteAll(DocumentVersion version) {
        return (int) StoredCell.delete("version = ?1", version);
    }
}
