package org.disclosurewatch.contracts.kafka;

/**
 * Headers SmallRye Reactive Messaging writes on a dead-lettered record (failure-strategy=dead-letter-queue):
 * the record keeps its key and value as they arrived, and these say why and where it came from.
 */
public final class DeadLetters {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetters() {
    }
}
