package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.Section;
import org.hibernate.Session;

/**
 * Writes the cells of versions inside the current transaction: every cell of a version is one row of
 * {@code version_cells} (paths, values and kinds as arrays in form order), so a report's some 200 cells are one
 * row, and the versions stored together are one JDBC batch.
 */
public final class CellWriter {
    private static final String INSERT = "insert into version_cells (version_id, paths, cell_values, kinds) "
            + "values (?, ?, ?, ?)";
    private static final String UPSERT = INSERT + " on conflict (version_id) do update set paths = excluded.paths, "
            + "cell_values = excluded.cell_values, kinds = excluded.kinds";

    private CellWriter() {
    }

    /** The cells of one version as they are stored: paths, values (null = blank) and kinds, in form order. */
    public record VersionCells(long versionId, String[] paths, BigDecimal[] values, String[] kinds) {
        public int size() {
            return paths.length;
        }
    }

    /** The cells of {@code report} as stored for version {@code versionId}. */
    public static VersionCells of(long versionId, AnnualReport report) {
        FormDefinition form = report.form();
        List<String> paths = new ArrayList<>(256);
        List<BigDecimal> values = new ArrayList<>(256);
        List<String> kinds = new ArrayList<>(256);
        for (Section s : Section.values()) {
            var cells = report.cells(s);
            for (String row : cells.rowKeys()) {
                for (var e : cells.row(row).entrySet()) {
                    String path = FormKeys.path(s, row, e.getKey());
                    CellKind kind = form == null ? null : form.kindOf(path);
                    paths.add(path);
                    values.add(e.getValue());
                    kinds.add(kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new VersionCells(versionId, paths.toArray(new String[0]), values.toArray(new BigDecimal[0]),
                kinds.toArray(new String[0]));
    }

    /**
     * Inserts the cells of new versions (persisted and flushed: the rows reference them), one JDBC batch for
     * all; returns how many cells.
     */
    public static int writeAll(List<VersionCells> versions) {
        if (versions.isEmpty()) {
            return 0;
        }
        int[] count = {0};
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (VersionCells v : versions) {
                    bind(connection, ps, v);
                    ps.addBatch();
                    count[0] += v.size();
                }
                ps.executeBatch();
            }
        });
        return count[0];
    }

    /** Inserts or replaces every cell of {@code version} (a re-read's cells replace the stored ones); returns how many. */
    public static int replace(DocumentVersion version, AnnualReport report) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        VersionCells cells = of(version.id, report);
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
                bind(connection, ps, cells);
                ps.executeUpdate();
            }
        });
        return cells.size();
    }

    private static void bind(Connection connection, PreparedStatement ps, VersionCells v) throws SQLException {
        ps.setLong(1, v.versionId());
        ps.setArray(2, connection.createArrayOf("text", v.paths()));
        ps.setArray(3, connection.createArrayOf("numeric", v.values()));
        ps.setArray(4, connection.createArrayOf("text", v.kinds()));
    }

    /** Every cell of the report by path, in form order; null = blank (what is stored). */
    public static Map<String, BigDecimal> values(AnnualReport report) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
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
}
