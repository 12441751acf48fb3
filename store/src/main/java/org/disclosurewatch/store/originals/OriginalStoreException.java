package org.disclosurewatch.store.originals;

/** The original store could not be read or written; the cause says why (and whether it is transient). */
public class OriginalStoreException extends RuntimeException {
    public OriginalStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
