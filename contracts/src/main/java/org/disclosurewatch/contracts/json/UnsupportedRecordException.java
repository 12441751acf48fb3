package org.disclosurewatch.contracts.json;

/** A record on a topic that is not what the topic promises: it goes to the dead-letter topic with this reason. */
public class UnsupportedRecordException extends RuntimeException {
    public UnsupportedRecordException(String message) {
        super(message);
    }

    public UnsupportedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
