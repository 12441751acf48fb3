package org.disclosurewatch.store.originals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Originals in PostgreSQL: table {@code original} holds each distinct content once (by SHA-256, compressed
 * when that helps), table {@code original_fetch} every fetch that produced it. Plain JDBC in its own
 * transaction; SQL errors surface as {@link OriginalStoreException} with the {@link SQLException} as cause,
 * so the consumer's failure classification (transient vs. permanent) sees the SQL state.
 */
public class PostgresOriginalStore implements OriginalStore {
    private static final String INSERT_ORIGINAL = """
            insert into original (sha256, content_type, charset, size_bytes, encoding, stored_bytes, content,
                                  first_fetched_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (sha256) do nothing""";
    private static final String INSERT_FETCH = """
            insert into original_fetch (sha256, source_url, canonical_url, portal_id, agency_hint, published_on,
                                        fetched_at, content_type, charset)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";
    private static final String FIND = """
            select o.sha256, o.content_type, o.charset, o.encoding, o.content, f.source_url, f.canonical_url,
                   f.portal_id, f.agency_hint, f.published_on, f.fetched_at
            from original o
            left join lateral (select * from original_fetch x where x.sha256 = o.sha256
                               order by x.fetched_at, x.id limit 1) f on true
            where o.sha256 = ?""";

    private final DataSource dataSource;

    public PostgresOriginalStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean put(Original o) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean added = false;
                if (!exists(c, o.sha256())) {
                    Compression.Packed packed = Compression.pack(o.content());
                    try (PreparedStatement s = c.prepareStatement(INSERT_ORIGINAL)) {
                        s.setString(1, o.sha256());
                        s.setString(2, o.contentType());
                        s.setString(3, o.charset());
                        s.setLong(4, o.content().length);
                        s.setString(5, packed.encoding().id());
                        s.setLong(6, packed.bytes().length);
                        s.setBytes(7, packed.bytes());
                        s.setTimestamp(8, o.fetchedAt() == null ? null : Timestamp.from(o.fetchedAt()));
                        added = s.executeUpdate() == 1;
                    }
                }
                try (PreparedStatement s = c.prepareStatement(INSERT_FETCH)) {
                    s.setString(1, o.sha256());
                    s.setString(2, o.sourceUrl() == null ? "" : o.sourceUrl());
                    s.setString(3, o.canonicalUrl());
                    s.setString(4, o.portalId());
                    s.setString(5, o.agencyHint());
                    if (o.publishedOn() == null) {
                        s.setNull(6, Types.DATE);
                    } else {
                        s.setObject(6, o.publishedOn());
                    }
                    s.setTimestamp(7, Timestamp.from(o.fetchedAt() == null ? java.time.Instant.EPOCH : o.fetchedAt()));
                    s.setString(8, o.contentType());
                    s.setString(9, o.charset());
                    s.executeUpdate();
                }
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new OriginalStoreException("storing original " + o.sha256() + " failed", e);
        }
    }

    @Override
    public Optional<Original> find(String sha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] content = Compression.of(r.getString("encoding")).unpack(r.getBytes("content"));
                Timestamp fetched = r.getTimestamp("fetched_at");
                java.sql.Date published = r.getDate("published_on");
                String source = r.getString("source_url");
                return Optional.of(new Original(r.getString("sha256"), r.getString("content_type"),
                        r.getString("charset"), content, source == null || source.isEmpty() ? null : source,
                        r.getString("canonical_url"), r.getString("portal_id"), r.getString("agency_hint"),
                        published == null ? null : published.toLocalDate(),
                        fetched == null ? null : fetched.toInstant()));
            }
        } catch (SQLException e) {
            throw new OriginalStoreException("reading original " + sha256 + " failed", e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return exists(c, sha256);
        } catch (SQLException e) {
            throw new OriginalStoreException("reading original " + sha256 + " failed", e);
        }
    }

    private static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from original where sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
