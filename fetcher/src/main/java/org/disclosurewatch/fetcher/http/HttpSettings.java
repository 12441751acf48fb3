package org.disclosurewatch.fetcher.http;

import java.time.Duration;
import org.disclosurewatch.fetcher.FetcherConfig;

/** The HTTP and retry settings the fetcher runs with (see {@link FetcherConfig} for their meaning). */
public record HttpSettings(String userAgent, Duration connectTimeout, Duration requestTimeout, int maxRedirects,
                           long maxBodyBytes, Duration robotsTtl, Duration maxCrawlDelay, int maxAttempts,
                           Duration initialBackoff, Duration maxBackoff, Duration retryAfterCap) {

    public static HttpSettings from(FetcherConfig config) {
        FetcherConfig.Http h = config.http();
        FetcherConfig.Retry r = config.retry();
        return new HttpSettings(h.userAgent(), h.connectTimeout(), h.requestTimeout(), h.maxRedirects(),
                h.maxBodyBytes(), h.robotsTtl(), h.maxCrawlDelay(), r.maxAttempts(), r.initialBackoff(),
                r.maxBackoff(), r.retryAfterCap());
    }

    /** The robots.txt product token: the User-Agent up to its first '/' or space, lower case. */
    public String robotName() {
        String token = userAgent.split("[/ ]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
