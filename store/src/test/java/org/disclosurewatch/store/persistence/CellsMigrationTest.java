package org.disclosurewatch.store.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database holding cells in the old one-row-per-cell table upgrades (V8) without losing any: each version's
 * cells become one row of {@code version_cells} in the order they were written, and view {@code cell} shows
 * the same cells as before. Runs the store's migrations in a schema of its own on the test PostgreSQL.
 */
class CellsMigrationTest {

    private record Cell(long version, String path, BigDecimal value, String kind) {
    }

    @Test
    void cellsStoredBeforeV8SurviveTheUpgrade() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.database();
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).schemas(schema)
                .locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                s.execute("insert into agency (id, name) values (1, '重庆市升级区民政局')");
                s.execute("insert into report (id, agency_id, year, first_stored_at, updated_at) values (1, 1, 2024, now(), now())");
                for (int v = 1; v <= 3; v++) {
                    s.execute("insert into document_version (id, report_id, version_no, sha256, stored_at) values ("
                            + v + ", 1, " + v + ", 'sha" + v + "', now())");
                }
            }
            // written out of alphabetical order, with a blank, a decimal and a trailing zero: order and values must stay
            List<Cell> before = List.of(
                    new Cell(1, "requests.new_received.natural_person", new BigDecimal("12"), "count"),
                    new Cell(1, "active_disclosure.regulations.issued", null, "count"),
                    new Cell(1, "requests.fees.total", new BigDecimal("3.50"), "money"),
                    new Cell(2, "reviews_and_litigation.review.corrected", new BigDecimal("0"), "count"),
                    new Cell(2, "active_disclosure.licensing.handled", new BigDecimal("1234567"), "unknown"));
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into " + schema + ".cell (version_id, path, value, kind) values (?, ?, ?, ?)")) {
                for (Cell cell : before) {
                    ps.setLong(1, cell.version());
                    ps.setString(2, cell.path());
                    ps.setBigDecimal(3, cell.value());
                    ps.setString(4, cell.kind());
                    ps.executeUpdate();
                }
            }

            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).schemas(schema)
                    .locations("classpath:db/migration").load().migrate();

            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                try (ResultSet rs = s.executeQuery("select table_type from information_schema.tables"
                        + " where table_schema = '" + schema + "' and table_name = 'cell'")) {
                    assertTrue(rs.next());
                    assertEquals("VIEW", rs.getString(1), "cell is now a view over version_cells");
                }
                List<Cell> after = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select version_id, path, value, kind from cell order by version_id, position")) {
                    while (rs.next()) {
                        after.add(new Cell(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
                    }
                }
                assertEquals(before, after, "every cell, in the order written, with its value (scale kept) and kind");
                try (ResultSet rs = s.executeQuery("select version_id, paths, cell_values from version_cells order by version_id")) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getLong(1));
                    assertArrayEquals(new String[] {"requests.new_received.natural_person",
                            "active_disclosure.regulations.issued", "requests.fees.total"}, (String[]) rs.getArray(2).getArray());
                    BigDecimal[] values = (BigDecimal[]) rs.getArray(3).getArray();
                    assertNull(values[1], "a blank stays blank");
                    assertEquals(new BigDecimal("3.50"), values[2]);
                    assertTrue(rs.next());
                    assertEquals(2, rs.getLong(1));
                    assertFalse(rs.next(), "a version without cells has no row");
                }
                try (ResultSet rs = s.executeQuery("select count(*) from cell where version_id = 3")) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getInt(1));
                }
            }
        }
    }
}
