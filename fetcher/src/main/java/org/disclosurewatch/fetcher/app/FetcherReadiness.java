package org.disclosurewatch.fetcher.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the catalogue is loaded and the fetch state has been read back from its topic. */
@Readiness
@ApplicationScoped
public class FetcherReadiness implements HealthCheck {
    private final FetcherRuntime runtime;

    public FetcherReadiness(FetcherRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("fetcher").status(runtime.ready()).build();
    }
}
