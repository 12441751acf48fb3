package org.disclosurewatch.contracts.form;

import java.util.List;

/**
 * A row of a table of the form.
 *
 * @param key     the key in JSON and cell paths ("new_received", "regulations")
 * @param group   where the row sits in the printed form: "第二十条第（一）项" in part 二,
 *                "一", "三（三）" ... in part 三, "行政复议" / "行政诉讼" in part 四
 * @param role    what the row means for the identities of the form
 * @param labels  the label texts that name it, canonical first, without their numbering
 * @param columns the columns of this row (part 二 rows have their own; parts 三 and 四 share theirs)
 */
public record RowSpec(String key, String group, RowRole role, List<String> labels, List<ColumnSpec> columns) {
    public RowSpec {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
    }

    public ColumnSpec column(String columnKey) {
        for (ColumnSpec c : columns) {
            if (c.key().equals(columnKey)) {
                return c;
            }
        }
        return null;
    }

    public String label() {
        return labels.get(0);
    }
}
