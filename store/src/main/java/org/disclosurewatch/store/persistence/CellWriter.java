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
import java.util.concurrent.ConcurrentHashMap;
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

    /** A form cell's stored path and kind, kept once per form: the cells of every report name the same ones. */
    private record Named(String path, String kind) {
    }

    /** Per form and section (key "format/section"), row → column → name; only the forms' own cells are kept. */
    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, ConcurrentHashMap<String, Named>>> NAMES =
            new ConcurrentHashMap<>();

    private CellWriter() {
    }

    /** The cells of one version as they are stored: paths, values (null = blank) and kinds, in form order. */
    public record VersionCells(long versionId, String[] paths, BigDecimal[] values, String[] kinds) {
        public int size() {
            return paths.length;
        }

        /** Path to value (null = blank), in form order. */
        public Map<String, BigDecimal> byPath() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (int i = 0; i < paths.length; i++) {
                out.put(paths[i], values[i]);
            }
            return out;
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
            var names = form == null ? null
                    : NAMES.computeIfAbsent(form.format().id() + "/" + s.key(), k -> new ConcurrentHashMap<>());
            for (String row : cells.rowKeys()) {
                var rowNames = names == null ? null : names.computeIfAbsent(row, k -> new ConcurrentHashMap<>());
                for (var e : cells.row(row).entrySet()) {
                    Named name = rowNames == null ? null : rowNames.get(e.getKey());
                    if (name == null) {
                        String path = FormKeys.path(s, row, e.getKey());
                        CellKind kind = form == null ? null : form.kindOf(path);
                        name = new Named(path, kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT));
                        if (kind != null) {
                            rowNames.put(e.getKey(), name);
                        }
                    }
                    paths.add(name.path());
                    values.add(e.getValue());
                    kinds.add(name.kind());
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
                SameArrays same = new SameArrays();
                for (VersionCells v : versions) {
                    ps.setLong(1, v.versionId());
                    ps.setArray(2, same.of(connection, "text", v.paths()));
                    ps.setArray(3, connection.createArrayOf("numeric", v.values()));
                    ps.setArray(4, same.of(connection, "text", v.kinds()));
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

    /**
     * The paths and kinds of reports of one form are the same strings in the same order ({@link #of} keeps them
     * once per form): such an array is encoded for the driver once per batch.
     */
    private static final class SameArrays {
        private final List<Object[]> seen = new ArrayList<>();
        private final List<java.sql.Array> encoded = new ArrayList<>();

        java.sql.Array of(Connection connection, String type, Object[] elements) throws SQLException {
            for (int i = 0; i < seen.size(); i++) {
                if (identical(seen.get(i), elements)) {
                    return encoded.get(i);
                }
            }
            java.sql.Array array = connection.createArrayOf(type, elements);
            if (seen.size() < 8) {
                seen.add(elements);
                encoded.add(array);
            }
            return array;
        }

        private static boolean identical(Object[] a, Object[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
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
