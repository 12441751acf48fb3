package org.disclosurewatch.parser;

/**
 * The document could not be read at all (corrupt, scanned without text layer, too large, unsupported type).
 * The message is a reason a person can act on.
 */
public class DocumentParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentParseException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DocumentParseException(String reason) {
        super(reason);
    }

    /** The reason in plain words. */
    public String reason() {
        return getMessage();
    }
}
