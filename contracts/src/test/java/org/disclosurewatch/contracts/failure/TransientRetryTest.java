package org.disclosurewatch.contracts.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientRetryTest {
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final TransientRetry.Listener listener = new TransientRetry.Listener() {
        @Override
        public void paused(String what, Throwable cause) {
            events.add("paused " + what);
        }

        @Override
        public void resumed(String what, int attempts) {
            events.add("resumed " + what + " after " + attempts);
        }
    };
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 3);

    private TransientRetry retry(AtomicBoolean up) {
        return new TransientRetry(policy, listener, up::get, waits::add);
    }

    private static RuntimeException down() {
        return new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:15432 refused.", "08001"));
    }

    @Test
    void transientFailuresAreRetriedWithGrowingBackoffUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry(new AtomicBoolean(true)).run("r1", () -> {
            if (calls.incrementAndGet() <= 5) {
                throw down();
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(6, calls.get());
        assertEquals(List.of(100L, 200L, 400L, 400L, 400L), waits.stream().map(Duration::toMillis).toList());
        assertEquals(List.of("paused r1", "resumed r1 after 6"), events);
    }

    @Test
    void aPermanentFailureIsThrownAtOnceWithoutPausing() {
        IllegalArgumentException bad = new IllegalArgumentException("report without agency or year");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> retry(new AtomicBoolean(true)).run("r2", () -> {
                    throw bad;
                }));
        assertSame(bad, thrown);
        assertEquals(List.of(), waits);
        assertEquals(List.of(), events);
    }

    @Test
    void aFailureThatLooksPermanentIsRetriedWhileTheDependencyIsDown() {
        AtomicBoolean up = new AtomicBoolean(false);
        AtomicInteger calls = new AtomicInteger();
        String result = retry(up).run("r3", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("Transaction was rolled back");
            }
            return "ok";
        });
        assertEquals("ok", result);
        assertEquals(2, waits.size());

        up.set(true);
        assertThrows(IllegalStateException.class, () -> retry(up).run("r4", () -> {
            throw new IllegalStateException("Transaction was rolled back");
        }));
    }

    @Test
    void conflictsAreRetriedAFewTimesThenThrown() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException dup = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThrows(RuntimeException.class, () -> retry(new AtomicBoolean(true)).run("r5", () -> {
            calls.incrementAndGet();
            throw dup;
        }));
        assertEquals(3, calls.get());

        AtomicInteger second = new AtomicInteger();
        assertEquals("upserted", retry(new AtomicBoolean(true)).run("r6", () -> {
            if (second.incrementAndGet() == 1) {
                throw dup;
            }
            return "upserted";
        }));
    }

    @Test
    void anInterruptedWaitStopsRetrying() {
        TransientRetry r = new TransientRetry(policy, listener, null, d -> {
            throw new InterruptedException();
        });
        assertThrows(TransientRetry.RetryInterruptedException.class, () -> r.run("r7", () -> {
            throw down();
        }));
        assertEquals(true, Thread.interrupted());
    }
}
