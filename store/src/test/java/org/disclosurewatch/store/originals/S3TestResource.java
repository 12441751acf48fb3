package org.disclosurewatch.store.originals;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Runs the store with originals in a real S3-compatible server ({@link S3TestServer}), bucket
 * {@value #BUCKET}: use with {@code @QuarkusTestResource(value = S3TestResource.class, restrictToAnnotatedClass = true)}.
 */
public class S3TestResource implements QuarkusTestResourceLifecycleManager {
    public static final String BUCKET = "dw-originals-it";

    @Override
    public Map<String, String> start() {
        S3TestServer server = S3TestServer.get();
        server.createBucket(BUCKET);
        return Map.of(
                "dw.store.originals.backend", "s3",
                "dw.store.originals.s3.endpoint", server.endpoint().toString(),
                "dw.store.originals.s3.region", server.region(),
                "dw.store.originals.s3.bucket", BUCKET,
                "dw.store.originals.s3.access-key-id", server.accessKeyId(),
                "dw.store.originals.s3.secret-access-key", server.secretAccessKey(),
                "dw.store.originals.s3.path-style-access", "true");
    }

    @Override
    public void stop() {
        // the server is shared by every test of this JVM and stops with it
    }
}
