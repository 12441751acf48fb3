package org.disclosurewatch.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the stack's parts running: every second it looks at each part and starts again any whose process
 * ended (a crash or a kill), waiting a little longer after each failed attempt. It also writes each part's
 * pid to {@code <work>/<name>.pid}. An outage of one part never stops the others.
 */
public final class Supervisor implements AutoCloseable {
    private final Path work;
    private final Consumer<String> log;
    private final List<StackPart> parts = new CopyOnWriteArrayList<>();
    private final Map<String, Long> nextAttempt = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private Thread thread;

    public Supervisor(Path work, Consumer<String> log) {
        this.work = work;
        this.log = log;
    }

    /** Watches a started part. */
    public void watch(StackPart part) {
        parts.add(part);
        writePid(part);
    }

    public List<StackPart> parts() {
        return List.copyOf(parts);
    }

    /** How many times each part was started again. */
    public Map<String, Integer> restarts() {
        return Map.copyOf(restarts);
    }

    public Supervisor start() {
        thread = new Thread(this::loop, "dw-supervisor");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void loop() {
        while (!stopping) {
            for (StackPart p : parts) {
                if (stopping) {
                    return;
                }
                try {
                    check(p);
                } catch (RuntimeException e) {
                    log.accept("supervisor: " + p.name() + ": " + e);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts a part again when its process ended; returns whether it did. */
    boolean check(StackPart p) {
        if (p.isAlive()) {
            failures.remove(p.name());
            return false;
        }
        long now = System.currentTimeMillis();
        if (now < nextAttempt.getOrDefault(p.name(), 0L)) {
            return false;
        }
        log.accept("supervisor: " + p.name() + " is not running; starting it again");
        try {
            p.restart();
            restarts.merge(p.name(), 1, Integer::sum);
            writePid(p);
            log.accept("supervisor: " + p.name() + " started again (pid " + p.pid() + ")");
            return true;
        } catch (Exception e) {
            int n = failures.merge(p.name(), 1, Integer::sum);
            long wait = Math.min(30_000L, 1000L << Math.min(n, 5));
            nextAttempt.put(p.name(), now + wait);
            log.accept("supervisor: starting " + p.name() + " failed (" + e + "); next attempt in " + wait / 1000 + " s");
            return false;
        }
    }

    private void writePid(StackPart p) {
        try {
            Files.writeString(work.resolve(p.name() + ".pid"), String.valueOf(p.pid()));
        } catch (IOException e) {
            log.accept("supervisor: cannot write the pid of " + p.name() + ": " + e);
        }
    }

    /** Stops watching (before the parts are stopped, so that none is started again). */
    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
