package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A stored original sent back to the parser to be read again (topic {@code dw.topics.reparse}, key = canonical
 * URL). The parser reads {@code document} as it reads a fetched one and marks its report with {@code reread}.
 *
 * @param schema   {@link #SCHEMA}
 * @param reread   the run and the stored version this is a re-read of
 * @param document the original as it was fetched, bytes included
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RereadRequest(String schema, Reread reread, FetchedDocument document) implements Versioned {
    public static final String SCHEMA = "disclosure-watch.reread-request.v1";

    public static RereadRequest of(Reread reread, FetchedDocument document) {
        return new RereadRequest(SCHEMA, reread, document);
    }
}
