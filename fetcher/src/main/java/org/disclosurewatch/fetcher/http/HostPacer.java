package org.disclosurewatch.fetcher.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one request in flight per host and a pause between requests: {@link #acquire} waits until the host is
 * free and its pause has passed; {@link #release} frees it and sets the pause before the next request (the
 * configured delay, or longer when the server asked for it with Retry-After or a backoff is due).
 */
public final class HostPacer {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long notBeforeNanos = System.nanoTime();
    }

    /** Waits for the host: no other request in flight and the pause over. */
    public void acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait;
            while ((wait = slot.notBeforeNanos - System.nanoTime()) > 0) {
                Thread.sleep(Math.max(1, wait / 1_000_000));
            }
        } catch (InterruptedException e) {
            slot.lock.unlock();
            throw e;
        }
    }

    /** Frees the host; the next request may start after {@code pause}. */
    public void release(String host, Duration pause) {
        Slot slot = slots.get(host);
        slot.notBeforeNanos = Math.max(slot.notBeforeNanos, System.nanoTime() + pause.toNanos());
        slot.lock.unlock();
    }
}
