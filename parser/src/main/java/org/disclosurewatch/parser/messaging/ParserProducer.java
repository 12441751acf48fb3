package org.disclosurewatch.parser.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;

/** Makes the service's one pool of parse workers from its settings, and stops the workers with the service. */
@ApplicationScoped
public class ParserProducer {
    @Produces
    @ApplicationScoped
    ParseWorkerPool workerPool(ParserSettings settings) {
        return new ParseWorkerPool(settings.toPoolSettings());
    }

    /** Starts the workers with the service, not with the first document. */
    void startWorkers(@Observes StartupEvent start, ParseWorkerPool pool) {
        pool.status();
    }

    void close(@Disposes ParseWorkerPool pool) {
        pool.close();
    }
}
