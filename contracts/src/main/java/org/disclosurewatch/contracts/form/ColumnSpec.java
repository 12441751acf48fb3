package org.disclosurewatch.contracts.form;

import java.util.List;

/**
 * A column of a table of the form.
 *
 * @param key    the key in JSON and cell paths ("natural_person", "issued", "amount_yuan")
 * @param kind   what its cells hold
 * @param labels the header texts that name it, canonical first
 */
public record ColumnSpec(String key, CellKind kind, List<String> labels) {
    public ColumnSpec {
        labels = List.copyOf(labels);
    }

    public static ColumnSpec count(String key, String... labels) {
        return new ColumnSpec(key, CellKind.COUNT, List.of(labels));
    }

    public static ColumnSpec signed(String key, String... labels) {
        return new ColumnSpec(key, CellKind.SIGNED_COUNT, List.of(labels));
    }

    public static ColumnSpec money(String key, String... labels) {
        return new ColumnSpec(key, CellKind.MONEY_YUAN, List.of(labels));
    }
}
