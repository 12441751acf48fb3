package org.disclosurewatch.store.originals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Originals in PostgreSQL: table {@code original} holds each distinct content once (by SHA-256, compressed
 * when that helps), table {@code original_fetch} every fetch that produced it. Plain JDBC in its own
 * transaction; SQL errors surface as {@link OriginalStoreException} with the {@link SQLException} as cause,
 * so the consumer's failure classification (transient vs. permanent) sees the SQL state.
 */
public class PostgresOriginalStore implements OriginalStore {
    private final DataSource dataSource;

    public PostgresOriginalStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean put(Original o) {
        try (Connection c = dataSource.getConnection()) {
            return OriginalRows.inTransaction(c, tx -> {
                boolean added = false;
                if (!OriginalRows.exists(tx, o.sha256())) {
                    Compression.Packed packed = Compression.pack(o.content());
                    added = OriginalRows.insertOriginal(tx, o, packed.encoding(), packed.bytes().length,
                            packed.bytes(), null);
                }
                OriginalRows.insertFetch(tx, o);
                return added;
            });
        } catch (SQLException e) {
            throw new OriginalStoreException("storing original " + o.sha256() + " failed", e);
        }
    }

    @Override
    public Optional<Original> find(String sha256) {
        Optional<OriginalRows.Found> found = OriginalRows.find(dataSource, sha256);
        return found.map(f -> {
            if (f.content() == null) {
                throw new IllegalStateException("the bytes of original " + sha256 + " are in the object store (key "
                        + f.objectKey() + "): set dw.store.originals.backend=s3 to read them");
            }
            return f.with(f.encoding().unpack(f.content()));
        });
    }

    @Override
    public boolean contains(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return OriginalRows.exists(c, sha256);
        } catch (SQLException e) {
            throw new OriginalStoreException("reading original " + sha256 + " failed", e);
        }
    }
}
