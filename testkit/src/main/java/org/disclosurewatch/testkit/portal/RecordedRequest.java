package org.disclosurewatch.testkit.portal;

import java.time.Instant;
import java.util.Map;

/**
 * One request the replica portal answered.
 *
 * @param hostKey     the logical host it was sent to
 * @param method      HTTP method
 * @param path        path and query as requested
 * @param headers     the request headers that matter to a crawler (User-Agent, If-None-Match, If-Modified-Since)
 * @param startedAt   when the request arrived
 * @param finishedAt  when the answer was complete
 * @param status      the status answered
 */
public record RecordedRequest(String hostKey, String method, String path, Map<String, String> headers,
                              Instant startedAt, Instant finishedAt, int status) {

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
