package org.disclosurewatch.contracts.failure;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs one unit of work until it succeeds or fails for good: transient failures are retried with backoff
 * for as long as it takes (the consumer is told to pause while they last and to resume after), conflicts a
 * few times, permanent failures are thrown at once for the caller's dead-letter handling.
 *
 * <p>When a {@code dependencyUp} probe is given, a failure that looks permanent while the probe says the
 * dependency is down is treated as transient: nothing is dead-lettered while the database or broker is away.
 */
public final class TransientRetry {
    /** Told when retries start (the dependency is away) and when the work succeeded again. */
    public interface Listener {
        void paused(String what, Throwable cause);

        void resumed(String what, int attempts);

        Listener NONE = new Listener() {
            @Override
            public void paused(String what, Throwable cause) {
            }

            @Override
            public void resumed(String what, int attempts) {
            }
        };
    }

    /** Waits; the real one sleeps. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final Listener listener;
    private final BooleanSupplier dependencyUp;
    private final Sleeper sleeper;

    public TransientRetry(RetryPolicy policy, Listener listener, BooleanSupplier dependencyUp, Sleeper sleeper) {
        this.policy = policy;
        this.listener = listener;
        this.dependencyUp = dependencyUp;
        this.sleeper = sleeper;
    }

    public TransientRetry(RetryPolicy policy, Listener listener, BooleanSupplier dependencyUp) {
        this(policy, listener, dependencyUp, d -> Thread.sleep(d.toMillis()));
    }

    /**
     * Runs {@code work}; returns its result once it succeeded.
     *
     * @throws RuntimeException the permanent failure (or the last conflict), to be dead-lettered
     * @throws RetryInterruptedException when the thread is interrupted while waiting (shutting down)
     */
    public <T> T run(String what, Supplier<T> work) {
        int transientFailures = 0;
        int conflicts = 0;
        boolean paused = false;
        while (true) {
            try {
                T result = work.get();
                if (paused) {
                    listener.resumed(what, transientFailures + conflicts + 1);
                }
                return result;
            } catch (RuntimeException e) {
                FailureKind kind = FailureClassifier.classify(e);
                if (kind != FailureKind.TRANSIENT && dependencyUp != null && !probe()) {
                    kind = FailureKind.TRANSIENT;
                }
                Duration wait;
                switch (kind) {
                    case TRANSIENT -> {
                        transientFailures++;
                        if (!paused) {
                            paused = true;
                            listener.paused(what, e);
                        }
                        wait = policy.backoff(transientFailures);
                    }
                    case CONFLICT -> {
                        conflicts++;
                        if (conflicts >= policy.conflictAttempts()) {
                            resumeIf(paused, what, transientFailures + conflicts);
                            throw e;
                        }
                        wait = policy.backoff(conflicts);
                    }
                    default -> {
                        resumeIf(paused, what, transientFailures + conflicts + 1);
                        throw e;
                    }
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new RetryInterruptedException(what, e);
                }
            }
        }
    }

    private void resumeIf(boolean paused, String what, int attempts) {
        if (paused) {
            listener.resumed(what, attempts);
        }
    }

    private boolean probe() {
        try {
            return dependencyUp.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The wait between two attempts was interrupted: the record stays unprocessed (not acknowledged). */
    public static final class RetryInterruptedException extends RuntimeException {
        public RetryInterruptedException(String what, Throwable last) {
            super("interrupted while retrying " + what, last);
        }
    }
}
