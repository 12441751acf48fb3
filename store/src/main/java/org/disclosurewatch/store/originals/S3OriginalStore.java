package org.disclosurewatch.store.originals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.disclosurewatch.contracts.events.FetchedDocument;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Originals in an S3-compatible object store: each distinct content's stored bytes (compressed as
 * {@link Compression} decides, as in PostgreSQL) once, as the object {@code <prefix>/sha256/ab/cd/<sha256>};
 * the metadata stays in PostgreSQL, in the same tables as {@link PostgresOriginalStore} ({@code original} with
 * {@code content} null and {@code object_key} set, {@code original_fetch} for every fetch), so what reads those
 * tables (the API, reparse) works unchanged.
 *
 * <p>Writing: when no {@code original} row names the SHA-256 yet, the object is written unless it already exists
 * (a redelivered record, or a row lost after its object was written), then the row and the fetch are recorded in
 * one transaction. The object is there before any row names it, so redelivery at any point is harmless.
 *
 * <p>Failures: an object store that cannot be reached, times out, answers 5xx, throttles, or refuses the
 * credentials or the bucket (which an operator fixes without touching the record) surfaces as an
 * {@link OriginalStoreException} whose cause is an {@link IOException}: transient for the consumer's
 * {@code FailureClassifier}, so the record is retried with the channel paused, as while the database is away.
 */
public class S3OriginalStore implements OriginalStore, AutoCloseable {
    static final String ENCODING_METADATA = "dw-encoding";
    static final String SHA256_METADATA = "dw-sha256";

    private final DataSource dataSource;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** The store; it closes {@code s3} when closed. */
    public S3OriginalStore(DataSource dataSource, S3Client s3, String bucket, String keyPrefix) {
        this.dataSource = dataSource;
        this.s3 = s3;
        this.bucket = bucket;
        String p = keyPrefix == null ? "" : keyPrefix.replaceAll("^/+|/+$", "");
        this.prefix = p.isEmpty() ? "" : p + "/";
    }

    /** The object key of a SHA-256: {@code <prefix>/sha256/ab/cd/<sha256>}. */
    public String key(String sha256) {
        String h = sha256.toLowerCase(java.util.Locale.ROOT);
        if (!h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a hex SHA-256: " + sha256);
        }
        return prefix + "sha256/" + h.substring(0, 2) + "/" + h.substring(2, 4) + "/" + h;
    }

    @Override
    public boolean put(Original o) {
        try {
            boolean known;
            try (Connection c = dataSource.getConnection()) {
                known = OriginalRows.exists(c, o.sha256());
            }
            Compression encoding = null;
            long storedBytes = 0;
            String key = key(o.sha256());
            if (!known) {
                // the object first: a row never names an object that is not there
                Optional<HeadObjectResponse> head = head(key);
                Compression existing = head.map(h -> h.metadata().get(ENCODING_METADATA)).map(Compression::of)
                        .orElse(null);
                if (existing != null) {
                    encoding = existing;
                    storedBytes = head.get().contentLength();
                } else {
                    Compression.Packed packed = Compression.pack(o.content());
                    write(key, o, packed);
                    encoding = packed.encoding();
                    storedBytes = packed.bytes().length;
                }
            }
            Compression stored = encoding;
            long size = storedBytes;
            try (Connection c = dataSource.getConnection()) {
                return OriginalRows.inTransaction(c, tx -> {
                    boolean added = !known && OriginalRows.insertOriginal(tx, o, stored, size, null, key);
                    OriginalRows.insertFetch(tx, o);
                    return added;
                });
            }
        } catch (SQLException e) {
            throw new OriginalStoreException("storing original " + o.sha256() + " failed", e);
        } catch (SdkException e) {
            throw failure("storing original " + o.sha256() + " in bucket " + bucket, e);
        }
    }

    @Override
    public Optional<Original> find(String sha256) {
        Optional<OriginalRows.Found> found = OriginalRows.find(dataSource, sha256);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OriginalRows.Found f = found.get();
        if (f.content() != null) {
            // kept in PostgreSQL before the object store was chosen
            return Optional.of(f.with(f.encoding().unpack(f.content())));
        }
        byte[] stored;
        try {
            stored = s3.getObjectAsBytes(b -> b.bucket(bucket).key(f.objectKey())).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new OriginalStoreException("original " + sha256 + " is recorded but its object " + f.objectKey()
                    + " is not in bucket " + bucket, e);
        } catch (SdkException e) {
            throw failure("reading original " + sha256 + " from bucket " + bucket, e);
        }
        byte[] raw = f.encoding().unpack(stored);
        String actual = FetchedDocument.sha256(raw);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new IllegalStateException("object " + f.objectKey() + " in bucket " + bucket
                    + " does not hold original " + sha256 + ": its bytes hash to " + actual);
        }
        return Optional.of(f.with(raw));
    }

    @Override
    public boolean contains(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return OriginalRows.exists(c, sha256);
        } catch (SQLException e) {
            throw new OriginalStoreException("reading original " + sha256 + " failed", e);
        }
    }

    /** Whether the bucket answers (with these credentials) right now. */
    @Override
    public boolean reachable() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    /** Whether an object is kept under the key (its metadata), for tests and checks. */
    Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void write(String key, Original o, Compression.Packed packed) {
        s3.putObject(b -> b.bucket(bucket).key(key)
                        .contentType("application/octet-stream")
                        .metadata(Map.of(ENCODING_METADATA, packed.encoding().id(), SHA256_METADATA, o.sha256())),
                RequestBody.fromBytes(packed.bytes()));
    }

    /** An object-store failure for the consumer: transient ones carry an {@link IOException} cause. */
    static OriginalStoreException failure(String what, SdkException e) {
        if (isTransient(e)) {
            return new OriginalStoreException(what + " failed: object store unavailable",
                    new IOException("object store: " + e.getMessage(), e));
        }
        return new OriginalStoreException(what + " failed", e);
    }

    /**
     * No answer (connection refused, timeout), a server error, throttling, or refused credentials or bucket:
     * all pass without the record changing. Other 4xx answers name the request itself.
     */
    static boolean isTransient(SdkException e) {
        if (e instanceof SdkClientException || e.retryable()) {
            return true;
        }
        if (e instanceof AwsServiceException s) {
            int status = s.statusCode();
            return status >= 500 || status == 408 || status == 429 || status == 401 || status == 403
                    || status == 404 || s.isThrottlingException();
        }
        return false;
    }
}
