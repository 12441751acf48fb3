package org.disclosurewatch.store.originals;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the {@link OriginalStore} the configuration selects. */
@ApplicationScoped
public class OriginalStoreProducer {

    @Produces
    @ApplicationScoped
    OriginalStore originalStore(OriginalsConfig config, AgroalDataSource dataSource) {
        return switch (config.backend()) {
            case POSTGRESQL -> new PostgresOriginalStore(dataSource);
            case S3 -> throw new IllegalStateException("dw.store.originals.backend=s3: this release keeps originals"
                    + " in PostgreSQL only; an S3-compatible backend implements OriginalStore");
        };
    }
}
