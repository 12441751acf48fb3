package org.disclosurewatch.store.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a report's cells as CSV (RFC 4180): {@code path,section,row,column,value,kind}, one line per cell
 * in the order given; a blank cell has an empty value.
 */
public final class CellsCsv {
    public static final String HEADER = "path,section,row,column,value,kind";

    private CellsCsv() {
    }

    /** One cell: its value (null when blank) and kind. */
    public record Cell(BigDecimal value, String kind) {
    }

    public static String write(Map<String, Cell> cells) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (var e : cells.entrySet()) {
            String[] parts = e.getKey().split("\\.", 3);
            String value = e.getValue().value() == null ? "" : e.getValue().value().stripTrailingZeros().toPlainString();
            sb.append(quote(e.getKey())).append(',')
                    .append(quote(parts.length > 0 ? parts[0] : "")).append(',')
                    .append(quote(parts.length > 1 ? parts[1] : "")).append(',')
                    .append(quote(parts.length > 2 ? parts[2] : "")).append(',')
                    .append(value).append(',')
                    .append(quote(e.getValue().kind())).append("\r\n");
        }
        return sb.toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
