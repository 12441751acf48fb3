package org.disclosurewatch.parser;

/**
 * No parse worker could take the document in time (all busy, or none could be started). Not the document's
 * fault: the caller retries (Kafka consumer) or answers 503 (HTTP); the document is never dead-lettered for it.
 */
public class ParserUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParserUnavailableException(String reason) {
        super(reason);
    }

    public ParserUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
