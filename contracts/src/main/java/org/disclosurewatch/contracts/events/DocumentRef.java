package org.disclosurewatch.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/** Where a report came from: the fetched document without its bytes. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentRef(
        String sourceUrl,
        String canonicalUrl,
        String portalId,
        String agencyHint,
        LocalDate publishedOn,
        Instant fetchedAt,
        String contentType,
        String sha256,
        long sizeBytes) {
}
