package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Marks a record as a re-read of a stored version (./dw reparse), not a new fetch.
 *
 * @param runId     the reparse run that asked for it (the store's id)
 * @param versionId the stored version whose original was read again (the store's id)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Reread(long runId, long versionId) {
}
