package org.disclosurewatch.store.originals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where originals are kept (prefix {@code dw.store.originals}). */
@ConfigMapping(prefix = "dw.store.originals")
public interface OriginalsConfig {
    /** The backends an original store can use. */
    enum Backend {
        /** Bytes and fetch metadata in the store's PostgreSQL database (table {@code original}, {@code original_fetch}). */
        POSTGRESQL,
        /**
         * Bytes in an S3-compatible object store ({@link S3OriginalStore}, settings under {@code dw.store.originals.s3});
         * fetch metadata still in PostgreSQL.
         */
        S3
    }

    /** The backend: {@code postgresql} (default) or {@code s3}. */
    @WithDefault("postgresql")
    Backend backend();

    /** The object store, read only when the backend is {@code s3}. */
    S3 s3();

    /** An S3-compatible object store (prefix {@code dw.store.originals.s3}). */
    interface S3 {
        /**
         * The endpoint, e.g. {@code http://minio:9000}; unset: the AWS S3 endpoint of {@link #region()}.
         */
        Optional<URI> endpoint();

        /** The region requests are signed for ({@code us-east-1} suits most S3-compatible servers). */
        @WithDefault("us-east-1")
        String region();

        /** The bucket originals go to; it must exist (the store does not create it). */
        @WithDefault("dw-originals")
        String bucket();

        /**
         * Access key id; set it from a secret (env {@code DW_STORE_ORIGINALS_S3_ACCESS_KEY_ID}). Unset: the SDK's
         * default credential chain (env {@code AWS_ACCESS_KEY_ID}, profile, web identity, instance role).
         */
        Optional<String> accessKeyId();

        /** Secret access key, with {@link #accessKeyId()} (env {@code DW_STORE_ORIGINALS_S3_SECRET_ACCESS_KEY}). */
        Optional<String> secretAccessKey();

        /**
         * Path-style requests ({@code endpoint/bucket/key}) instead of virtual-hosted ({@code bucket.endpoint/key}):
         * true for most self-hosted servers (MinIO, Ceph RGW, SeaweedFS, Garage), false for AWS S3.
         */
        @WithDefault("false")
        boolean pathStyleAccess();

        /**
         * What object keys start with: an original's bytes are at {@code <prefix>/sha256/ab/cd/<sha256>}
         * ({@code ab}, {@code cd}: the first two pairs of hex digits). Leading and trailing slashes are ignored.
         */
        @WithDefault("originals")
        String keyPrefix();

        /** How long to wait for a connection to the object store. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one call (with the SDK's own retries) may take before it counts as failed (and is retried). */
        @WithDefault("60s")
        Duration callTimeout();
    }
}
