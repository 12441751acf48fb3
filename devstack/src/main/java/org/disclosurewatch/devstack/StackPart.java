package org.disclosurewatch.devstack;

/** One part of the local stack (the broker, PostgreSQL, a service replica) that the supervisor can start again. */
public interface StackPart extends AutoCloseable {
    /** Its name: {@code kafka}, {@code postgres}, {@code store}, {@code parser-2}, … (also its pid file's name). */
    String name();

    /** Whether its process runs. */
    boolean isAlive();

    /** Its process id, -1 when not running. */
    long pid();

    /** Starts it again after its process ended (killed or crashed). */
    void restart() throws Exception;

    /** Stops it. */
    @Override
    void close();
}
