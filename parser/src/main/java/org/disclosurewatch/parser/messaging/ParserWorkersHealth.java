package org.disclosurewatch.parser.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health of the parse workers. Live unless a parse has run far past the point where its worker should have
 * been killed (the supervisor itself is stuck) or no worker can be started at all; ready when at least one
 * worker runs. The Kafka connector adds its own checks (a record left without acknowledgement too long).
 */
public final class ParserWorkersHealth {
    /** A parse this much past its hard limit means the supervisor no longer works. */
    static final Duration STUCK_MARGIN = Duration.ofSeconds(30);
    static final int FAILED_STARTS_DOWN = 3;

    private ParserWorkersHealth() {
    }

    static HealthCheckResponseBuilder describe(ParseWorkerPool pool) {
        ParseWorkerPool.Status s = pool.status();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("parse-workers")
                .withData("workers", s.workers()).withData("idle", s.idle()).withData("busy", s.busy())
                .withData("starting", s.starting()).withData("replaced", s.replaced())
                .withData("longest-parse-ms", s.longestParse().toMillis());
        if (s.lastStartFailure() != null && s.consecutiveStartFailures() > 0) {
            b.withData("last-start-failure", s.lastStartFailure());
        }
        return b;
    }

    static boolean stuck(ParseWorkerPool pool) {
        ParseWorkerPool.Status s = pool.status();
        boolean overdue = s.longestParse().compareTo(pool.settings().ocrHardLimit().plus(STUCK_MARGIN)) > 0;
        boolean cannotStart = s.consecutiveStartFailures() >= FAILED_STARTS_DOWN && s.idle() + s.busy() == 0;
        return overdue || cannotStart;
    }

    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {
        private final ParseWorkerPool pool;

        public Live(ParseWorkerPool pool) {
            this.pool = pool;
        }

        @Override
        public HealthCheckResponse call() {
            return describe(pool).status(!stuck(pool)).build();
        }
    }

    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {
        private final ParseWorkerPool pool;

        public Ready(ParseWorkerPool pool) {
            this.pool = pool;
        }

        @Override
        public HealthCheckResponse call() {
            ParseWorkerPool.Status s = pool.status();
            return describe(pool).status(s.idle() + s.busy() > 0).build();
        }
    }
}
