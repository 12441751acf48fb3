package org.disclosurewatch.fetcher.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header (seconds or an HTTP date) and caps it. */
public final class RetryAfter {
    private RetryAfter() {
    }

    public static Optional<Duration> parse(String header, Instant now, Duration cap) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String v = header.trim();
        Duration asked;
        if (v.matches("\\d+")) {
            asked = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                asked = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (asked.isNegative()) {
            asked = Duration.ZERO;
        }
        return Optional.of(asked.compareTo(cap) > 0 ? cap : asked);
    }
}
