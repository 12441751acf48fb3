package org.disclosurewatch.store.checks;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A PostgreSQL transaction-level advisory lock that makes a job run on one store replica at a time: the
 * lock is held until the calling transaction ends, and released by PostgreSQL if that replica dies.
 * Must be called inside a transaction.
 */
public final class SingleRunLock {
    /** Lock id of the missing-filing check (any fixed 64-bit number, the same on every replica). */
    public static final long MISSING_FILING_CHECK = 0x4457_4d49_5353_0001L;

    private SingleRunLock() {
    }

    /** Takes the lock if no other transaction holds it; false when another replica is running the job. */
    public static boolean tryAcquire(long lockId) {
        Object got = Panache.getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, lockId).getSingleResult();
        return Boolean.TRUE.equals(got);
    }

    /** Takes the lock, waiting for another replica's run to end. */
    public static void acquire(long lockId) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, lockId).getSingleResult();
    }
}
