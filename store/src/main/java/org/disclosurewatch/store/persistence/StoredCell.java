package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * One cell of one version; {@code value} null means the filing left it blank. A version's cells are one row of
 * table {@code version_cells} (paths, values and kinds as arrays in form order); view {@code cell} shows them a
 * row per cell.
 */
public record StoredCell(String path, BigDecimal value, String kind) {
    private static final String SELECT = "select version_id, paths, cell_values, kinds from version_cells";

    /** Every cell of {@code version} in stored (form) order; empty when it has none. */
    public static List<StoredCell> ofVersion(DocumentVersion version) {
        return ofVersions(List.of(version.id)).getOrDefault(version.id, List.of());
    }

    /** The cells of each of {@code versionIds} that has any, in stored order, by version id (one query). */
    public static Map<Long, List<StoredCell>> ofVersions(Collection<Long> versionIds) {
        Map<Long, List<StoredCell>> out = new HashMap<>();
        if (versionIds.isEmpty()) {
            return out;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            String sql = versionIds.size() == 1 ? SELECT + " where version_id = ?" : SELECT + " where version_id = any(?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                if (versionIds.size() == 1) {
                    ps.setLong(1, versionIds.iterator().next());
                } else {
                    ps.setArray(1, connection.createArrayOf("bigint", versionIds.toArray(new Long[0])));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), cells(rs.getArray(2), rs.getArray(3), rs.getArray(4)));
                    }
                }
            }
        });
        return out;
    }

    /** The cells of each of {@code versionIds} that has any as path to value (null = blank), in stored order. */
    public static Map<Long, Map<String, BigDecimal>> valuesOf(Collection<Long> versionIds) {
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        if (versionIds.isEmpty()) {
            return out;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select version_id, paths, cell_values from version_cells where version_id = any(?)")) {
                ps.setArray(1, connection.createArrayOf("bigint", versionIds.toArray(new Long[0])));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] paths = (String[]) rs.getArray(2).getArray();
                        BigDecimal[] values = (BigDecimal[]) rs.getArray(3).getArray();
                        Map<String, BigDecimal> cells = new java.util.LinkedHashMap<>();
                        for (int i = 0; i < paths.length; i++) {
                            cells.put(paths[i], values[i]);
                        }
                        out.put(rs.getLong(1), cells);
                    }
                }
            }
        });
        return out;
    }

    private static List<StoredCell> cells(Array pathsArray, Array valuesArray, Array kindsArray)
            throws java.sql.SQLException {
        String[] paths = (String[]) pathsArray.getArray();
        BigDecimal[] values = (BigDecimal[]) valuesArray.getArray();
        String[] kinds = (String[]) kindsArray.getArray();
        List<StoredCell> cells = new ArrayList<>(paths.length);
        for (int i = 0; i < paths.length; i++) {
            cells.add(new StoredCell(paths[i], values[i], kinds[i]));
        }
        return cells;
    }
}
