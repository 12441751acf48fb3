package org.disclosurewatch.store.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** Whether PostgreSQL answers right now (a fresh round trip through the pool). */
@ApplicationScoped
public class DatabaseProbe {
    private final AgroalDataSource dataSource;

    public DatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
