package org.disclosurewatch.devstack.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A load run during which parts of the stack are killed with SIGKILL, one fault after another; the stack's
 * supervisor starts each killed part again. At the end {@link DeliveryCheck} verifies that nothing was lost
 * or stored twice and that every alert arrived.
 */
public final class ChaosRun {
    /** One fault: the parts (pid file names) killed at the same moment. */
    public record Fault(String name, List<String> parts) {
    }

    /** What one fault did: which pids died and how long until every part ran again. */
    public record FaultResult(Fault fault, List<Long> killed, long backAfterMillis, int storedBefore) {
    }

    /** The outcome of the run. */
    public record Outcome(List<FaultResult> faults, DeliveryCheck.Outcome delivery, String lastLine) {
    }

    /** The faults of {@code ./dw chaos}: each service, the broker, PostgreSQL, a replica, two parts at once. */
    public static List<Fault> standardFaults(Map<String, Long> pids) {
        List<Fault> f = new ArrayList<>();
        f.add(new Fault("kill -9 parser", List.of("parser")));
        f.add(new Fault("kill -9 validator", List.of("validator")));
        f.add(new Fault("kill -9 store", List.of("store")));
        f.add(new Fault("kill -9 broker", List.of("kafka")));
        f.add(new Fault("kill -9 PostgreSQL", List.of("postgres")));
        for (String twin : List.of("parser-2", "validator-2", "store-2")) {
            if (pids.containsKey(twin)) {
                f.add(new Fault("kill -9 " + twin + " (its twin keeps running)", List.of(twin)));
                break;
            }
        }
        f.add(new Fault("kill -9 validator + store at once", List.of("validator", "store")));
        return f;
    }

    private ChaosRun() {
    }

    /**
     * Sends the documents at the run's rate in the background while the faults happen in turn, waits until
     * everything is stored (or stalls), then checks delivery and prints the table and the last line.
     */
    public static Outcome run(LoadRun load, List<LoadRun.Doc> docs, List<Fault> faults, Duration pause, PrintStream out)
            throws Exception {
        AtomicReference<Exception> sendFailure = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            try {
                load.send(docs);
            } catch (Exception e) {
                sendFailure.set(e);
            }
        }, "chaos-sender");
        sender.start();
        List<FaultResult> results = new ArrayList<>();
        Thread.sleep(pause.toMillis());
        int lastStored = 0;
        for (Fault f : faults) {
            // each kill hits a pipeline that is moving: wait (a while) until something was stored since the last one
            int storedBefore = awaitProgress(load, docs, lastStored, Duration.ofSeconds(90));
            lastStored = storedBefore;
            load.sample(storedBefore);
            Map<String, Long> pids = load.pids();
            List<Long> killed = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String part : f.parts()) {
                Long pid = pids.get(part);
                if (pid != null && pid > 0) {
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                    killed.add(pid);
                }
            }
            out.println("chaos: " + f.name() + " (pid " + killed + ")");
            for (int i = 0; i < f.parts().size(); i++) {
                awaitRestarted(load.config().work(), f.parts().get(i), i < killed.size() ? killed.get(i) : -1,
                        Duration.ofMinutes(3));
            }
            long back = (System.nanoTime() - t0) / 1_000_000;
            out.println("chaos: " + f.name() + ": running again after " + back + " ms");
            results.add(new FaultResult(f, killed, back, storedBefore));
            Thread.sleep(pause.toMillis());
        }
        sender.join();
        if (sendFailure.get() != null) {
            throw sendFailure.get();
        }
        load.awaitStored(docs, Duration.ofMinutes(5));
        DeliveryCheck.Outcome d = DeliveryCheck.check(load, docs);
        out.printf("%-45s %-16s %12s %14s%n", "fault", "killed pid", "back after", "stored before");
        for (FaultResult r : results) {
            out.printf("%-45s %-16s %9d ms %14d%n", r.fault().name(), r.killed(), r.backAfterMillis(), r.storedBefore());
        }
        out.printf("documents: %d sent, %d stored, %d lost, %d stored twice; alerts expected %d, missing on the topic %d,"
                        + " missing in the store %d; dead letters %d%n", d.sent(), d.stored(), d.lost(), d.duplicated(),
                d.expectedAlerts(), d.alertsMissingOnTopic(), d.alertsMissingInStore(), d.deadLetters());
        d.deadLetterReasons().stream().limit(10).forEach(r -> out.println("  dead letter: " + r));
        String line = String.format("chaos: %d faults, %d sent, %d lost, %d duplicated, %d alerts missing",
                results.size(), d.sent(), d.lost(), d.duplicated(), d.alertsMissing());
        out.println(line);
        return new Outcome(results, d, line);
    }

    private static int awaitProgress(LoadRun load, List<LoadRun.Doc> docs, int since, Duration timeout)
            throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        int stored = load.stored(docs).size();
        while (stored <= since && stored < docs.size() && System.nanoTime() < until) {
            Thread.sleep(500);
            stored = load.stored(docs).size();
        }
        return stored;
    }

    /** Waits until the part's pid file names a live process other than {@code killed}. */
    static void awaitRestarted(Path work, String part, long killed, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                long pid = Long.parseLong(Files.readString(work.resolve(part + ".pid")).trim());
                if (pid > 0 && pid != killed && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return;
                }
            } catch (IOException | NumberFormatException e) {
                // being rewritten
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(part + " was not started again within " + timeout.toSeconds() + " s");
    }
}
