package org.disclosurewatch.contracts.events;

/** A record whose JSON carries its schema name and version, so a consumer can refuse what it does not know. */
public interface Versioned {
    String schema();
}
