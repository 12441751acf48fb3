package org.disclosurewatch.store.originals;

import java.util.Optional;

/**
 * Where the originals of fetched documents are kept: the bytes once per SHA-256, every fetch's metadata.
 * The default keeps both in PostgreSQL ({@link PostgresOriginalStore}); the backend is chosen by
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
}
