package org.disclosurewatch.store.originals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where originals are kept (prefix {@code dw.store.originals}). */
@ConfigMapping(prefix = "dw.store.originals")
public interface OriginalsConfig {
    /** The backends an original store can use. */
    enum Backend {
        /** Bytes and fetch metadata in the store's PostgreSQL database (table {@code original}, {@code original_fetch}). */
        POSTGRESQL,
        /** An S3-compatible object store: named in configuration, not provided by this release (start fails). */
        S3
    }

    /** The backend: {@code postgresql} (default) or {@code s3}. */
    @WithDefault("postgresql")
    Backend backend();
}
