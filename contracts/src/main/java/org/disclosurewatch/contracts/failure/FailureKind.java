package org.disclosurewatch.contracts.failure;

/** How a consumer treats a failure to process a record. */
public enum FailureKind {
    /** A dependency is away (database down, broker unreachable, a timeout): retry with backoff, never dead-letter. */
    TRANSIENT,
    /** Another writer created the same row first (unique violation): retry a few times, the retry sees that row. */
    CONFLICT,
    /** The record itself cannot be processed (unreadable, unknown schema, invalid content): dead-letter with the reason. */
    PERMANENT
}
