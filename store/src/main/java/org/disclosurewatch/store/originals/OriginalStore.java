package org.disclosurewatch.store.originals;

import java.util.Optional;

/**
 * Where the originals of fetched documents are kept: the bytes once per SHA-256, every fetch's metadata.
 * The default keeps both in PostgreSQL ({@link PostgresOriginalStore}); {@link S3OriginalStore} keeps the bytes in an
 * S3-compatible object store and the metadata in PostgreSQL. The backend is chosen by
 * {@code dw.store.originals.backend} ({@link OriginalsConfig}).
 */
public interface OriginalStore {
    /**
     * Keeps the original and records this fetch of it. Bytes already kept under the same SHA-256 are not
     * stored again. Idempotent: storing the same fetch twice records it once.
     *
     * @return whether the bytes were new to the store
     */
    boolean put(Original original);

    /** The bytes and first recorded fetch metadata kept under this SHA-256, if any. */
    Optional<Original> find(String sha256);

    /** Whether bytes are kept under this SHA-256. */
    boolean contains(String sha256);

    /**
     * Whether the backend beyond the database answers right now (the database has its own probe); while it does
     * not, failures to store are retried rather than dead-lettered.
     */
    default boolean reachable() {
        return true;
    }
}
