package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one table: row key → column key → value, in printed order. A value is null when the
 * filing leaves the cell blank ("", "/", "-"): a blank is never a zero. In JSON, counts are integers and
 * money is a decimal string in yuan, as in the answer-key schema.
 */
@JsonSerialize(using = Cells.Writer.class)
@JsonDeserialize(using = Cells.Reader.class)
public final class Cells {
    private final Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();

    public Cells() {
    }

    /** Sets a cell; {@code value} null records a blank cell. */
    public Cells put(String row, String column, BigDecimal value) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value);
        return this;
    }

    /** The value, or null when blank or absent (use {@link #has} to tell the two apart). */
    public BigDecimal get(String row, String column) {
        Map<String, BigDecimal> r = rows.get(row);
        return r == null ? null : r.get(column);
    }

    /** Whether the document had this cell at all (blank or not). */
    public boolean has(String row, String column) {
        Map<String, BigDecimal> r = rows.get(row);
        return r != null && r.containsKey(column);
    }

    public Set<String> rowKeys() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    public Map<String, BigDecimal> row(String row) {
        Map<String, BigDecimal> r = rows.get(row);
        return r == null ? Map.of() : Collections.unmodifiableMap(r);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    public Cells copy() {
        Cells c = new Cells();
        rows.forEach((r, cols) -> cols.forEach((k, v) -> c.put(r, k, v)));
        return c;
    }

    /** Money columns are printed as strings; the form knows which columns hold money. */
    public static boolean isMoneyColumn(String columnKey) {
        for (FormDefinition form : Forms.all()) {
            for (Section s : Section.values()) {
                for (RowSpec row : form.rows(s)) {
                    ColumnSpec c = row.column(columnKey);
                    if (c != null) {
                        return c.kind() == CellKind.MONEY_YUAN;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Cells other) || !other.rows.keySet().equals(rows.keySet())) {
            return false;
        }
        for (var e : rows.entrySet()) {
            Map<String, BigDecimal> a = e.getValue();
            Map<String, BigDecimal> b = other.rows.get(e.getKey());
            if (!a.keySet().equals(b.keySet())) {
                return false;
            }
            for (var c : a.entrySet()) {
                BigDecimal x = c.getValue();
                BigDecimal y = b.get(c.getKey());
                if (x == null ? y != null : (y == null || x.compareTo(y) != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return rows.keySet().hashCode();
    }

    @Override
    public String toString() {
        return rows.toString();
    }

    public static final class Writer extends JsonSerializer<Cells> {
        @Override
        public void serialize(Cells cells, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (var row : cells.rows.entrySet()) {
                gen.writeObjectFieldStart(row.getKey());
                for (var cell : row.getValue().entrySet()) {
                    gen.writeFieldName(cell.getKey());
                    BigDecimal v = cell.getValue();
                    if (v == null) {
                        gen.writeNull();
                    } else if (isMoneyColumn(cell.getKey())) {
                        gen.writeString(v.stripTrailingZeros().toPlainString());
                    } else {
                        gen.writeNumber(v.toBigInteger());
                    }
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
    }

    public static final class Reader extends JsonDeserializer<Cells> {
        @Override
        public Cells deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Cells cells = new Cells();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Cells) ctxt.handleUnexpectedToken(Cells.class, p);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String row = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return (Cells) ctxt.handleUnexpectedToken(Cells.class, p);
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String col = p.currentName();
                    JsonToken t = p.nextToken();
                    BigDecimal v = switch (t) {
                        case VALUE_NULL -> null;
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                        case VALUE_STRING -> new BigDecimal(p.getText().trim());
                        default -> (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                    };
                    cells.put(row, col, v);
                }
            }
            return cells;
        }
    }
}
