package org.disclosurewatch.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.disclosurewatch.contracts.events.Versioned;

/** The JSON form of every record on the pipeline's topics. */
public final class Json {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private Json() {
    }

    /** Applies the pipeline's settings (ISO dates, unknown fields tolerated within a schema version). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a record and checks its schema name and version; throws {@link UnsupportedRecordException}
     * with a reason a person can act on when the bytes are not that record.
     */
    public static <T extends Versioned> T read(byte[] bytes, Class<T> type, String expectedSchema) {
        if (bytes == null || bytes.length == 0) {
            throw new UnsupportedRecordException("empty record where " + expectedSchema + " was expected");
        }
        T value;
        try {
            value = MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UnsupportedRecordException("not a valid " + expectedSchema + " record: " + e.getMessage(), e);
        }
        if (value == null || !expectedSchema.equals(value.schema())) {
            throw new UnsupportedRecordException("record schema " + (value == null ? null : value.schema())
                    + " is not " + expectedSchema + "; refusing a record this version does not understand");
        }
        return value;
    }
}
