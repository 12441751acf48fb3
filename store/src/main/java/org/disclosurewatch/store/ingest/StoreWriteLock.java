package org.disclosurewatch.store.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the two writers of this instance (the consumer and the missing-filing check), so that they
 * never race to create the same body or alert; the database's unique constraints guard across instances.
 */
@ApplicationScoped
public class StoreWriteLock {
    private final ReentrantLock lock = new ReentrantLock();

    public <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
