package org.disclosurewatch.store.originals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.failure.FailureClassifier;
import org.disclosurewatch.contracts.failure.FailureKind;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link S3OriginalStore} against a real S3-compatible server ({@link S3TestServer}: S3Proxy in-process, or the one
 * at DW_TEST_S3_ENDPOINT) and the test PostgreSQL (its own schema, migrated by Flyway as the store is).
 */
class S3OriginalStoreTest {
    static final String BUCKET = "dw-originals-test";
    static PGSimpleDataSource db;
    static S3TestServer server;
    static S3Client s3;
    static String prefix;
    static S3OriginalStore store;

    @BeforeAll
    static void start() {
        TestInfrastructure.Database d = TestInfrastructure.database();
        db = new PGSimpleDataSource();
        db.setURL(d.jdbcUrl());
        db.setUser(d.user());
        db.setPassword(d.password());
        db.setCurrentSchema("s3_originals_test");
        Flyway.configure().dataSource(db).schemas("s3_originals_test").locations("classpath:db/migration").load()
                .migrate();
        server = S3TestServer.get();
        server.createBucket(BUCKET);
        prefix = "t-" + UUID.randomUUID() + "/originals";
        s3 = OriginalStoreProducer.s3Client(server.config(BUCKET, prefix));
        store = new S3OriginalStore(db, OriginalStoreProducer.s3Client(server.config(BUCKET, prefix)), BUCKET, prefix);
    }

    @AfterAll
    static void stop() {
        store.close();
        s3.close();
    }

    static Original original(byte[] bytes, String url, Instant fetchedAt) {
        return Original.of(FetchedDocument.of(url, url, "test-portal", "某某局", LocalDate.of(2025, 1, 10), fetchedAt,
                "text/html", "UTF-8", bytes));
    }

    static List<S3Object> objects(String sha256) {
        return s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(store.key(sha256))).contents();
    }

    @Test
    void storesCompressedTextAndReadsItBackByteIdentical() throws Exception {
        byte[] bytes = ("<html><body>" + "<p>政府信息公开工作年度报告 " + UUID.randomUUID() + "</p>".repeat(200)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Original o = original(bytes, "http://portal.test/" + UUID.randomUUID() + ".html", Instant.parse("2025-01-11T08:00:00Z"));

        assertFalse(store.contains(o.sha256()));
        assertTrue(store.put(o), "new bytes");
        assertTrue(store.contains(o.sha256()));

        Original back = store.find(o.sha256()).orElseThrow();
        assertArrayEquals(bytes, back.content());
        assertEquals(o.sha256(), FetchedDocument.sha256(back.content()));
        assertEquals(o.sourceUrl(), back.sourceUrl());
        assertEquals("text/html", back.contentType());
        assertEquals("UTF-8", back.charset());
        assertEquals(LocalDate.of(2025, 1, 10), back.publishedOn());
        assertEquals(Instant.parse("2025-01-11T08:00:00Z"), back.fetchedAt());

        String key = store.key(o.sha256());
        assertTrue(key.startsWith(prefix + "/sha256/" + o.sha256().substring(0, 2) + "/" + o.sha256().substring(2, 4) + "/"), key);
        List<S3Object> objects = objects(o.sha256());
        assertEquals(1, objects.size());
        assertTrue(objects.get(0).size() < bytes.length / 3, "kept gzip-compressed in the object store");
        assertEquals("gzip", store.head(key).orElseThrow().metadata().get(S3OriginalStore.ENCODING_METADATA));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select content is null, object_key, encoding, size_bytes, stored_bytes from original where sha256 = ?")) {
            s.setString(1, o.sha256());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertTrue(r.getBoolean(1), "bytes not in PostgreSQL");
                assertEquals(key, r.getString(2));
                assertEquals("gzip", r.getString(3));
                assertEquals(bytes.length, r.getLong(4));
                assertEquals(objects.get(0).size(), r.getLong(5));
            }
        }
    }

    @Test
    void incompressibleBytesAreKeptAsTheyAre() {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Original o = original(bytes, "http://portal.test/" + UUID.randomUUID() + ".pdf", Instant.now());
        assertTrue(store.put(o));
        assertArrayEquals(bytes, store.find(o.sha256()).orElseThrow().content());
        assertEquals(bytes.length, objects(o.sha256()).get(0).size());
        assertEquals("identity", store.head(store.key(o.sha256())).orElseThrow().metadata()
                .get(S3OriginalStore.ENCODING_METADATA));
    }

    @Test
    void theSameBytesTwiceAreOneObjectAndEveryFetchIsRecordedOnce() throws Exception {
        byte[] bytes = ("same bytes " + UUID.randomUUID()).repeat(50).getBytes(StandardCharsets.UTF_8);
        Original first = original(bytes, "http://portal.test/a-" + UUID.randomUUID(), Instant.parse("2025-02-01T00:00:00Z"));
        Original second = original(bytes, "http://portal.test/b-" + UUID.randomUUID(), Instant.parse("2025-02-02T00:00:00Z"));

        assertTrue(store.put(first));
        assertFalse(store.put(first), "redelivered: nothing new");
        assertFalse(store.put(second), "same bytes from elsewhere: no new object");

        assertEquals(1, objects(first.sha256()).size());
        assertEquals(1, count("select count(*) from original where sha256 = ?", first.sha256()));
        assertEquals(2, count("select count(*) from original_fetch where sha256 = ?", first.sha256()));
        assertEquals(first.sourceUrl(), store.find(first.sha256()).orElseThrow().sourceUrl(), "first fetch");
    }

    @Test
    void anObjectWrittenBeforeItsRowWasLostIsNotWrittenAgain() throws Exception {
        byte[] bytes = ("written, then the store stopped " + UUID.randomUUID()).repeat(40).getBytes(StandardCharsets.UTF_8);
        Original o = original(bytes, "http://portal.test/" + UUID.randomUUID(), Instant.now());
        assertTrue(store.put(o));
        String etag = store.head(store.key(o.sha256())).orElseThrow().eTag();
        Instant modified = store.head(store.key(o.sha256())).orElseThrow().lastModified();
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("delete from original_fetch where sha256 = '" + o.sha256() + "'");
            c.createStatement().executeUpdate("delete from original where sha256 = '" + o.sha256() + "'");
        }
        Thread.sleep(1100);
        assertTrue(store.put(o), "row recorded again");
        assertEquals(etag, store.head(store.key(o.sha256())).orElseThrow().eTag());
        assertEquals(modified, store.head(store.key(o.sha256())).orElseThrow().lastModified(), "object not rewritten");
        assertArrayEquals(bytes, store.find(o.sha256()).orElseThrow().content());
    }

    @Test
    void anUnknownSha256IsNotFound() {
        String sha = FetchedDocument.sha256(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), store.find(sha));
        assertFalse(store.contains(sha));
        assertEquals(Optional.empty(), store.head(store.key(sha)));
    }

    @Test
    void anUnreachableObjectStoreIsATransientFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OriginalsConfig.S3 down = server.config(BUCKET, prefix);
        OriginalsConfig.S3 config = new Delegating(down, URI.create("http://127.0.0.1:" + port));
        try (S3OriginalStore away = new S3OriginalStore(db, OriginalStoreProducer.s3Client(config), BUCKET, prefix)) {
            assertFalse(away.reachable());
            Original o = original(("away " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                    "http://portal.test/" + UUID.randomUUID(), Instant.now());
            OriginalStoreException e = assertThrows(OriginalStoreException.class, () -> away.put(o));
            assertInstanceOf(IOException.class, e.getCause());
            assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(e), "retried, never dead-lettered");
            assertFalse(store.contains(o.sha256()), "nothing recorded");
        }
        assertTrue(store.reachable());
    }

    @Test
    void aMissingBucketIsTransientToo() {
        try (S3OriginalStore noBucket = new S3OriginalStore(db,
                OriginalStoreProducer.s3Client(server.config("dw-no-such-bucket", prefix)), "dw-no-such-bucket", prefix)) {
            assertFalse(noBucket.reachable());
            Original o = original(("no bucket " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                    "http://portal.test/" + UUID.randomUUID(), Instant.now());
            OriginalStoreException e = assertThrows(OriginalStoreException.class, () -> noBucket.put(o));
            assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(e));
        }
    }

    static long count(String sql, String sha256) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The same settings at another endpoint. */
    record Delegating(OriginalsConfig.S3 d, URI at) implements OriginalsConfig.S3 {
        public Optional<URI> endpoint() { return Optional.of(at); }
        public String region() { return d.region(); }
        public String bucket() { return d.bucket(); }
        public Optional<String> accessKeyId() { return d.accessKeyId(); }
        public Optional<String> secretAccessKey() { return d.secretAccessKey(); }
        public boolean pathStyleAccess() { return true; }
        public String keyPrefix() { return d.keyPrefix(); }
        public Duration connectTimeout() { return Duration.ofSeconds(1); }
        public Duration callTimeout() { return Duration.ofSeconds(3); }
    }
}
