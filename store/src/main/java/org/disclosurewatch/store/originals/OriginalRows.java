package org.disclosurewatch.store.originals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * The PostgreSQL rows every backend keeps: {@code original} (one per SHA-256: metadata, encoding, and the stored
 * bytes themselves or the key of the object holding them) and {@code original_fetch} (every fetch).
 */
final class OriginalRows {
    private static final String INSERT_ORIGINAL = """
            insert into original (sha256, content_type, charset, size_bytes, encoding, stored_bytes, content,
                                  object_key, first_fetched_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (sha256) do nothing""";
    private static final String INSERT_FETCH = """
            insert into original_fetch (sha256, source_url, canonical_url, portal_id, agency_hint, published_on,
                                        fetched_at, content_type, charset)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";
    private static final String FIND = """
            select o.sha256, o.content_type, o.charset, o.encoding, o.content, o.object_key, f.source_url,
                   f.canonical_url, f.portal_id, f.agency_hint, f.published_on, f.fetched_at
            from original o
            left join lateral (select * from original_fetch x where x.sha256 = o.sha256
                               order by x.fetched_at, x.id limit 1) f on true
            where o.sha256 = ?""";

    private OriginalRows() {
    }

    /**
     * A row of {@code original} with its first fetch: {@code content} is the stored bytes, or null when they are
     * in the object named {@code objectKey}. {@code original.content()} is empty here; see {@link #with(byte[])}.
     */
    record Found(Original original, Compression encoding, byte[] content, String objectKey) {
        Original with(byte[] raw) {
            Original o = original;
            return new Original(o.sha256(), o.contentType(), o.charset(), raw, o.sourceUrl(), o.canonicalUrl(),
                    o.portalId(), o.agencyHint(), o.publishedOn(), o.fetchedAt());
        }
    }

    /** Work on one connection's transaction. */
    @FunctionalInterface
    interface InTransaction<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back when it throws. */
    static <T> T inTransaction(Connection c, InTransaction<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from original where sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Records the original's bytes: {@code content} (the stored bytes) in the row, or null with the
     * {@code objectKey} holding them. Whether a row was added (false: one was there).
     */
    static boolean insertOriginal(Connection c, Original o, Compression encoding, long storedBytes, byte[] content,
                                  String objectKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_ORIGINAL)) {
            s.setString(1, o.sha256());
            s.setString(2, o.contentType());
            s.setString(3, o.charset());
            s.setLong(4, o.content().length);
            s.setString(5, encoding.id());
            s.setLong(6, storedBytes);
            if (content == null) {
                s.setNull(7, Types.BINARY);
            } else {
                s.setBytes(7, content);
            }
            s.setString(8, objectKey);
            s.setTimestamp(9, o.fetchedAt() == null ? null : Timestamp.from(o.fetchedAt()));
            return s.executeUpdate() == 1;
        }
    }

    /** Records this fetch of the original (once: the same URL at the same instant is one fetch). */
    static void insertFetch(Connection c, Original o) throws SQLException {
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
            s.setTimestamp(7, Timestamp.from(o.fetchedAt() == null ? Instant.EPOCH : o.fetchedAt()));
            s.setString(8, o.contentType());
            s.setString(9, o.charset());
            s.executeUpdate();
        }
    }

    /** The row of an original, read on a connection of its own; a database failure is an {@link OriginalStoreException}. */
    static Optional<Found> find(javax.sql.DataSource dataSource, String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, sha256);
        } catch (SQLException e) {
            throw new OriginalStoreException("reading original " + sha256 + " failed", e);
        }
    }

    static Optional<Found> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FIND)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp fetched = r.getTimestamp("fetched_at");
                java.sql.Date published = r.getDate("published_on");
                String source = r.getString("source_url");
                Original o = new Original(r.getString("sha256"), r.getString("content_type"),
                        r.getString("charset"), new byte[0], source == null || source.isEmpty() ? null : source,
                        r.getString("canonical_url"), r.getString("portal_id"), r.getString("agency_hint"),
                        published == null ? null : published.toLocalDate(),
                        fetched == null ? null : fetched.toInstant());
                return Optional.of(new Found(o, Compression.of(r.getString("encoding")), r.getBytes("content"),
                        r.getString("object_key")));
            }
        }
    }
}
