package org.disclosurewatch.fetcher.state;

/** Where fetch state is kept durably. */
public interface FetchStateLog {
    /** Writes a state record and returns once it is durable. */
    void append(FetchState state) throws InterruptedException;

    /** Returns once every state record written (by any replica) before this call is visible to this replica. */
    void awaitCaughtUp() throws InterruptedException;
}
