package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters. Warnings and errors become alerts. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean alerts() {
        return this != INFO;
    }
}
