package org.disclosurewatch.fetcher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the fetcher service (prefix {@code dw.fetcher}). */
@ConfigMapping(prefix = "dw.fetcher")
public interface FetcherConfig {

    /**
     * Where the portal catalogue is read from: a file path, or {@code classpath:<resource>} for the catalogue
     * shipped with the service.
     */
    @WithDefault("classpath:portals.yaml")
    String catalogue();

    /**
     * Allows fetching loopback addresses (127.0.0.0/8, ::1). Only for tests and the local demo, whose replica
     * portal runs on loopback; private and link-local addresses stay refused.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** HTTP behaviour of the crawler. */
    Http http();

    /** Retries of failed fetches. */
    Retry retry();

    /** The crawl planner, which issues crawl rounds. */
    Planner planner();

    /** The crawl worker, which crawls the hosts of the crawl-work partitions it owns. */
    Worker worker();

    /** HTTP settings. */
    interface Http {
        /** The User-Agent sent with every request; it names the project and a contact URL. */
        @WithDefault("DisclosureWatch/0.1 (+https://disclosure-watch.org/crawler; annual-report monitor)")
        String userAgent();

        /** Default pause between two requests to the same host (a portal entry may override it). */
        @WithDefault("5s")
        Duration delay();

        /** Default number of listing pages read per listing and round (a portal entry may override it). */
        @WithDefault("20")
        int maxPages();

        /** Connection timeout. */
        @WithDefault("10s")
        Duration connectTimeout();

        /** Timeout of one request, from sending to the end of the response headers. */
        @WithDefault("30s")
        Duration requestTimeout();

        /** Redirect hops followed per fetch; each hop is checked like the first URL. */
        @WithDefault("5")
        int maxRedirects();

        /** Largest body accepted, in bytes; larger documents are abandoned and counted as too large. */
        @WithDefault("26214400")
        long maxBodyBytes();

        /** How long a host's robots.txt is kept before it is read again. */
        @WithDefault("6h")
        Duration robotsTtl();

        /** Largest Crawl-delay from robots.txt that is honoured. */
        @WithDefault("60s")
        Duration maxCrawlDelay();
    }

    /** Retry settings. */
    interface Retry {
        /** Attempts per URL (first try included) on 429, 5xx and timeouts. */
        @WithDefault("4")
        int maxAttempts();

        /** Backoff before the second attempt; doubled for each further attempt, with ±50 % jitter. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** Longest backoff between two attempts. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Longest wait a server may ask for with Retry-After; longer requests are capped to this. */
        @WithDefault("120s")
        Duration retryAfterCap();

        /**
         * How long a dead link (a linked report or attachment answering 404 or 410) rests before it is asked for
         * again; dead links are recorded in the fetch state and are not failures of the portal.
         */
        @WithDefault("P7D")
        Duration deadLink();
    }

    /** Planner settings. */
    interface Planner {
        /**
         * Whether this replica plans crawl rounds on schedule. Exactly one replica (or a dedicated planner
         * deployment) sets it; every replica accepts rounds requested through the API.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often a round is issued. */
        @WithDefault("6h")
        String every();

        /** Delay after start-up before the first scheduled round. */
        @WithDefault("1m")
        String initialDelay();

        /** Every how many scheduled rounds a full round (all listing pages, not only new items) is issued. */
        @WithDefault("28")
        int fullRoundEvery();
    }

    /** Worker settings. */
    interface Worker {
        /** Whether this replica crawls (consumes crawl work). */
        @WithDefault("true")
        boolean enabled();

        /** Hosts crawled at once by this replica (one worker per host). */
        @WithDefault("4")
        int parallelHosts();

        /** Longest wait at start-up for the fetch state to be read back from its topic. */
        @WithDefault("2m")
        Duration stateLoadTimeout();

        /** Consumer group of the crawl-work consumer (shared by every replica). */
        @WithDefault("dw-fetcher")
        String groupId();

        /** Static group membership: a stable id unique to this replica; unset: dynamic membership. */
        java.util.Optional<String> groupInstanceId();

        /** Kafka {@code client.id} of this replica's crawl-work consumer; unset: chosen by the client. */
        java.util.Optional<String> clientId();
    }
}
