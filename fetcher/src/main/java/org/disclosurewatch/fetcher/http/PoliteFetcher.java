package org.disclosurewatch.fetcher.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurewatch.fetcher.catalogue.HostKey;
import org.jboss.logging.Logger;

/**
 * Fetches one URL the polite way: the URL and every redirect hop pass the {@link UrlGuard}; robots.txt is
 * obeyed (crawler-commons, RFC 9309); one request per host is in flight and hosts get a pause between requests
 * ({@link HostPacer}, the larger of the configured delay and robots Crawl-delay); 429 and 5xx and timeouts are
 * retried with exponential backoff and jitter, and a Retry-After header (capped) holds the whole host back;
 * conditional GETs send If-None-Match / If-Modified-Since; bodies over the size limit are abandoned.
 */
public final class PoliteFetcher {
    private static final Logger LOG = Logger.getLogger(PoliteFetcher.class);

    /** How long an unavailable robots.txt keeps a host closed before it is asked for again. */
    private static final String TIMED_OUT = "timed out";
    private static final Duration UNAVAILABLE_ROBOTS_RETRY = Duration.ofMinutes(10);

    private final HttpClient client;
    private final HttpSettings settings;
    private final UrlGuard guard;
    private final HostPacer pacer;
    private final FetchMetrics metrics;
    private final Backoff backoff;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

    private record CachedRobots(BaseRobotRules rules, Instant expiresAt) {
    }

    private record Attempt(int status, HttpResponse<?> response, byte[] body, String failure, boolean tooLarge) {
    }

    public PoliteFetcher(HttpSettings settings, UrlGuard guard, HostPacer pacer, FetchMetrics metrics) {
        this.settings = settings;
        this.guard = guard;
        this.pacer = pacer;
        this.metrics = metrics;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * Fetches a URL; {@code delay} is the host's pause between requests, {@code validators} those of the copy
     * already fetched (or {@link Validators#NONE}).
     */
    public FetchResult fetch(URI uri, Validators validators, Duration delay) throws InterruptedException {
        FetchResult result = fetchFollowingRedirects(uri, validators, delay, true);
        metrics.fetched(result.outcome(), result.body().length);
        if (!result.fetched() && result.outcome() != Outcome.NOT_MODIFIED) {
            LOG.infof("fetch %s: %s (%s)", uri, result.outcome(), result.reason());
        }
        return result;
    }

    /** What robots.txt says about a URL for this crawler: allowed or not, and the Crawl-delay it asks for. */
    public record RobotsVerdict(boolean allowed, long crawlDelayMillis, String robotsUrl) {
    }

    /** Reads (or reuses) the host's robots.txt and says whether {@code uri} may be fetched. */
    public RobotsVerdict robotsVerdict(URI uri, Duration delay) throws InterruptedException {
        BaseRobotRules rules = robotsFor(uri, delay);
        long crawlDelay = rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? 0 : rules.getCrawlDelay();
        return new RobotsVerdict(rules.isAllowed(uri.toString()), crawlDelay,
                uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    }

    private FetchResult fetchFollowingRedirects(URI uri, Validators validators, Duration delay, boolean obeyRobots)
            throws InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            try {
                guard.check(current);
            } catch (RefusedUrlException e) {
                LOG.warnf("refused %s%s: %s", current, hop > 0 ? " (redirected from " + uri + ")" : "", e.getMessage());
                return FetchResult.failure(Outcome.REFUSED, uri, current, 0, e.getMessage());
            }
            Duration hostDelay = delay;
            if (obeyRobots) {
                BaseRobotRules rules = robotsFor(current, delay);
                if (!rules.isAllowed(current.toString())) {
                    return FetchResult.failure(Outcome.ROBOTS_DISALLOWED, uri, current, 0, "robots.txt disallows " + current);
                }
                hostDelay = withCrawlDelay(delay, rules);
            }
            Attempt a = requestWithRetries(current, validators, hostDelay);
            if (a.failure() != null) {
                return FetchResult.failure(a.tooLarge() ? Outcome.TOO_LARGE : Outcome.FAILED, uri, current, a.status(),
                        a.failure());
            }
            int status = a.status();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = a.response().headers().firstValue("Location");
                if (location.isEmpty()) {
                    return FetchResult.failure(Outcome.FAILED, uri, current, status, "redirect without Location");
                }
                try {
                    current = current.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    return FetchResult.failure(Outcome.REFUSED, uri, current, status, "bad redirect " + location.get());
                }
                continue;
            }
            var headers = a.response().headers();
            String contentType = headers.firstValue("Content-Type").orElse(null);
            String etag = headers.firstValue("ETag").orElse(null);
            String lastModified = headers.firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                return new FetchResult(Outcome.NOT_MODIFIED, uri, current, status, contentType, new byte[0], etag,
                        lastModified, null);
            }
            if (status >= 200 && status < 300) {
                return new FetchResult(Outcome.FETCHED, uri, current, status, contentType, a.body(), etag, lastModified,
                        null);
            }
            return FetchResult.failure(Outcome.CLIENT_ERROR, uri, current, status, "HTTP " + status);
        }
        return FetchResult.failure(Outcome.FAILED, uri, current, 0, "more than " + settings.maxRedirects() + " redirects");
    }

    private Attempt requestWithRetries(URI uri, Validators validators, Duration delay) throws InterruptedException {
        String host = HostKey.of(uri);
        Attempt last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            pacer.acquire(host);
            Duration pause = delay;
            try {
                last = send(uri, validators);
                boolean retryable = last.tooLarge() ? false
                        : last.failure() != null || last.status() == 429 || last.status() >= 500;
                if (!retryable) {
                    return last;
                }
                Optional<Duration> asked = last.response() == null ? Optional.empty()
                        : RetryAfter.parse(last.response().headers().firstValue("Retry-After").orElse(null),
                                Instant.now(), settings.retryAfterCap());
                Duration wait = asked.isPresent() ? asked.get() : backoff.after(attempt);
                pause = wait.compareTo(delay) > 0 ? wait : delay;
                if (last.failure() != null && last.failure().startsWith(TIMED_OUT)
                        && pause.compareTo(settings.requestTimeout()) < 0) {
                    // the server may still be working on the abandoned request: give it that long again
                    pause = settings.requestTimeout();
                }
                LOG.debugf("attempt %d of %s: %s; next request to %s in %d ms", attempt, uri,
                        last.failure() != null ? last.failure() : "HTTP " + last.status(), host, pause.toMillis());
            } finally {
                pacer.release(host, pause);
            }
        }
        if (last.failure() != null) {
            return new Attempt(last.status(), last.response(), last.body(),
                    last.failure() + " after " + settings.maxAttempts() + " attempts", false);
        }
        return new Attempt(last.status(), last.response(), last.body(),
                "HTTP " + last.status() + " after " + settings.maxAttempts() + " attempts", false);
    }

    private Attempt send(URI uri, Validators validators) throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8");
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Attempt(0, null, new byte[0], TIMED_OUT + " after " + settings.requestTimeout().toMillis() + " ms", false);
        } catch (IOException e) {
            return new Attempt(0, null, new byte[0], "I/O error: " + e, false);
        }
        try (InputStream in = response.body()) {
            OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
            if (declared.isPresent() && declared.getAsLong() > settings.maxBodyBytes()) {
                return new Attempt(response.statusCode(), response, new byte[0], "Content-Length "
                        + declared.getAsLong() + " exceeds the limit of " + settings.maxBodyBytes() + " bytes", true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > settings.maxBodyBytes()) {
                    return new Attempt(response.statusCode(), response, new byte[0],
                            "body exceeds the limit of " + settings.maxBodyBytes() + " bytes", true);
                }
                out.write(buf, 0, n);
            }
            return new Attempt(response.statusCode(), response, out.toByteArray(), null, false);
        } catch (IOException e) {
            return new Attempt(response.statusCode(), response, new byte[0], "I/O error reading the body: " + e, false);
        }
    }

    private BaseRobotRules robotsFor(URI uri, Duration delay) throws InterruptedException {
        String host = HostKey.of(uri);
        CachedRobots cached = robots.get(host);
        if (cached != null && cached.expiresAt().isAfter(Instant.now())) {
            return cached.rules();
        }
        URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        FetchResult r = fetchFollowingRedirects(robotsUri, Validators.NONE, delay, false);
        metrics.fetched(r.outcome(), r.body().length);
        BaseRobotRules rules;
        if (r.fetched()) {
            rules = robotsParser.parseContent(robotsUri.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(settings.robotName()));
        } else if (r.outcome() == Outcome.CLIENT_ERROR) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else {
            LOG.warnf("robots.txt of %s unavailable (%s): the host is not crawled this time", host, r.reason());
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
        Duration keep = r.fetched() || r.outcome() == Outcome.CLIENT_ERROR ? settings.robotsTtl() : UNAVAILABLE_ROBOTS_RETRY;
        robots.put(host, new CachedRobots(rules, Instant.now().plus(keep)));
        return rules;
    }

    private Duration withCrawlDelay(Duration delay, BaseRobotRules rules) {
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelay <= 0) {
            return delay;
        }
        Duration asked = Duration.ofMillis(crawlDelay);
        if (asked.compareTo(settings.maxCrawlDelay()) > 0) {
            asked = settings.maxCrawlDelay();
        }
        return asked.compareTo(delay) > 0 ? asked : delay;
    }
}
