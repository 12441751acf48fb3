package org.disclosurewatch.fetcher.catalogue;

/** The catalogue cannot be used; the message names the entry and the field at fault. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
