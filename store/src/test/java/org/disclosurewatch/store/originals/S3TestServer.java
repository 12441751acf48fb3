package org.disclosurewatch.store.originals;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A real S3-compatible server for tests, one per JVM: the one at {@code DW_TEST_S3_ENDPOINT} (with
 * {@code DW_TEST_S3_ACCESS_KEY_ID}, {@code DW_TEST_S3_SECRET_ACCESS_KEY}, {@code DW_TEST_S3_REGION}) when set,
 * otherwise S3Proxy in-process over jclouds' in-memory ({@code transient}) blob store, speaking the S3 REST API
 * over HTTP with AWS signatures checked.
 */
public final class S3TestServer {
    private static final Logger LOG = Logger.getLogger(S3TestServer.class.getName());
    private static S3TestServer server;

    private final URI endpoint;
    private final String region;
    private final String accessKeyId;
    private final String secretAccessKey;

    private S3TestServer(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
        this.endpoint = endpoint;
        this.region = region;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    public static synchronized S3TestServer get() {
        if (server == null) {
            String external = System.getenv("DW_TEST_S3_ENDPOINT");
            if (external != null && !external.isBlank()) {
                server = new S3TestServer(URI.create(external), env("DW_TEST_S3_REGION", "us-east-1"),
                        env("DW_TEST_S3_ACCESS_KEY_ID", "minioadmin"), env("DW_TEST_S3_SECRET_ACCESS_KEY", "minioadmin"));
                LOG.info(() -> "test object store: external S3 at " + external);
            } else {
                server = startS3Proxy();
            }
        }
        return server;
    }

    private static S3TestServer startS3Proxy() {
        String id = "dw-test-access";
        String secret = "dw-test-secret";
        try {
            BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials(id, secret)
                    .build(BlobStoreContext.class);
            URI endpoint = URI.create("http://127.0.0.1:" + TestInfrastructure.freePort());
            S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(endpoint)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, id, secret).build();
            proxy.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(20);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    proxy.stop();
                } catch (Exception e) {
                    // the JVM is going
                }
                context.close();
            }));
            LOG.info(() -> "test object store: S3Proxy (jclouds transient) at " + endpoint);
            return new S3TestServer(endpoint, "us-east-1", id, secret);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretAccessKey() {
        return secretAccessKey;
    }

    /** The store's configuration pointing at this server (path-style). */
    public OriginalsConfig.S3 config(String bucket, String prefix) {
        S3TestServer s = this;
        return new OriginalsConfig.S3() {
            public Optional<URI> endpoint() { return Optional.of(s.endpoint); }
            public String region() { return s.region; }
            public String bucket() { return bucket; }
            public Optional<String> accessKeyId() { return Optional.of(s.accessKeyId); }
            public Optional<String> secretAccessKey() { return Optional.of(s.secretAccessKey); }
            public boolean pathStyleAccess() { return true; }
            public String keyPrefix() { return prefix; }
            public Duration connectTimeout() { return Duration.ofSeconds(2); }
            public Duration callTimeout() { return Duration.ofSeconds(10); }
        };
    }

    /** Creates the bucket unless it exists. */
    public void createBucket(String bucket) {
        try (S3Client s3 = OriginalStoreProducer.s3Client(config(bucket, "x"))) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException e) {
                // there
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
