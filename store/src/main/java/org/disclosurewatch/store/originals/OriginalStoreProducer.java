package org.disclosurewatch.store.originals;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Makes the {@link OriginalStore} the configuration selects. */
@ApplicationScoped
public class OriginalStoreProducer {

    @Produces
    @ApplicationScoped
    OriginalStore originalStore(OriginalsConfig config, AgroalDataSource dataSource) {
        return switch (config.backend()) {
            case POSTGRESQL -> new PostgresOriginalStore(dataSource);
            case S3 -> new S3OriginalStore(dataSource, s3Client(config.s3()), config.s3().bucket(),
                    config.s3().keyPrefix());
        };
    }

    void close(@Disposes OriginalStore store) throws Exception {
        if (store instanceof AutoCloseable c) {
            c.close();
        }
    }

    /** An S3 client over the JDK's HTTP client, as configured. */
    public static S3Client s3Client(OriginalsConfig.S3 config) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.connectTimeout())
                        .socketTimeout(config.callTimeout()))
                .overrideConfiguration(o -> o.apiCallTimeout(config.callTimeout()))
                // checksums only where S3 requires them: many S3-compatible servers refuse the SDK's default
                // aws-chunked trailing checksums; find() checks the SHA-256 of what it reads back
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyleAccess())
                .credentialsProvider(credentials(config));
        config.endpoint().ifPresent(b::endpointOverride);
        return b.build();
    }

    private static AwsCredentialsProvider credentials(OriginalsConfig.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalStateException("dw.store.originals.s3: set both access-key-id and secret-access-key,"
                    + " or neither (the SDK's default credentials)");
        }
        if (config.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(),
                    config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
