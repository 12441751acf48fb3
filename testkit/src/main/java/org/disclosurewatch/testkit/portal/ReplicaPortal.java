package org.disclosurewatch.testkit.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A replica of the district portals, served in this JVM on loopback: one HTTP server per logical host
 * ({@code 127.0.0.1:<port>} identifies a host), content from a {@link Site}. Every request is recorded with
 * its timestamps, and the portal tracks the largest number of requests in flight per host at once, so a test
 * can prove a crawler is polite.
 *
 * <pre>{@code
 * Site site = Site.create().pageSize(5);
 * site.addColumn("qj", "/zwgk_159/zfxxgknb/qzfxxgknb/", "重庆市綦江区人民政府");
 * site.addReport("qj", "/zwgk_159/zfxxgknb/qzfxxgknb/", LocalDate.of(2025, 1, 14), "…2024年…年度报告", html);
 * try (ReplicaPortal portal = ReplicaPortal.start(site)) {
 *     portal.writeCatalogue(Path.of("target/portals.yaml"));
 * }
 * }</pre>
 */
public final class ReplicaPortal implements AutoCloseable {
    private static final Pattern LISTING_PAGE = Pattern.compile("index(?:_(\\d+))?\\.html");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Site site;
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final Map<String, String> hostPort = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> behaviourCounts = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "replica-portal");
        t.setDaemon(true);
        return t;
    });

    private ReplicaPortal(Site site) {
        this.site = site;
    }

    /** Starts one loopback HTTP server per host of the site, each on a free port. */
    public static ReplicaPortal start(Site site) {
        return start(site, Map.of());
    }

    /**
     * Starts one loopback HTTP server per host of the site; hosts named in {@code ports} listen on that port
     * (so URLs, and what a crawler remembers of them, stay the same across restarts), the others on a free one.
     */
    public static ReplicaPortal start(Site site, Map<String, Integer> ports) {
        ReplicaPortal portal = new ReplicaPortal(site);
        try {
            for (String key : site.hostKeys()) {
                HttpServer server = HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.getOrDefault(key, 0)), 64);
                server.createContext("/", exchange -> portal.handle(key, exchange));
                server.setExecutor(portal.executor);
                server.start();
                portal.servers.put(key, server);
                portal.hostPort.put(key, "127.0.0.1:" + server.getAddress().getPort());
                portal.inFlight.put(key, new AtomicInteger());
                portal.maxInFlight.put(key, new AtomicInteger());
            }
        } catch (IOException e) {
            portal.close();
            throw new UncheckedIOException("cannot start the replica portal", e);
        }
        return portal;
    }

    public Site site() {
        return site;
    }

    /** {@code 127.0.0.1:<port>} of a logical host. */
    public String authority(String hostKey) {
        String a = hostPort.get(hostKey);
        if (a == null) {
            throw new IllegalArgumentException("no host " + hostKey + " is served");
        }
        return a;
    }

    /** {@code http://127.0.0.1:<port>} of a logical host. */
    public String baseUrl(String hostKey) {
        return "http://" + authority(hostKey);
    }

    /** The listing URL of a column (its folder, served as {@code index.html}). */
    public String listingUrl(String hostKey, String columnPath) {
        return baseUrl(hostKey) + Site.normaliseColumn(columnPath);
    }

    /** The desktop URL of a report page. */
    public String url(SiteReport report) {
        return baseUrl(report.hostKey()) + report.path();
    }

    /** The URL of the report's mobile copy. */
    public String wapUrl(SiteReport report) {
        return baseUrl(report.hostKey()) + report.wapPath();
    }

    /** Any path on a host. */
    public String url(String hostKey, String path) {
        return baseUrl(hostKey) + path;
    }

    /** Every request answered so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Requests for one host and path. */
    public List<RecordedRequest> requests(String hostKey, String path) {
        return requests.stream().filter(r -> r.hostKey().equals(hostKey) && r.path().equals(path)).toList();
    }

    /** The largest number of requests a host had in flight at once. */
    public int maxConcurrentRequests(String hostKey) {
        return maxInFlight.get(hostKey).get();
    }

    /** The largest number of requests in flight at once, per host. */
    public Map<String, Integer> maxConcurrentRequestsPerHost() {
        Map<String, Integer> out = new LinkedHashMap<>();
        maxInFlight.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Forgets recorded requests, in-flight maxima and behaviour counters. */
    public void resetRecording() {
        requests.clear();
        maxInFlight.values().forEach(v -> v.set(0));
        behaviourCounts.clear();
    }

    /** A catalogue (YAML) listing every host as a portal with its columns, as the fetcher reads it. */
    public String catalogueYaml() {
        return catalogueYaml(null);
    }

    /**
     * A catalogue (YAML) listing every host as a portal ({@code id: replica-<hostKey>}, adapter
     * {@code district-cms}) with its columns; {@code delay} (may be null) is written as each portal's delay.
     */
    public String catalogueYaml(Duration delay) {
        StringBuilder y = new StringBuilder("# replica portal catalogue, written by ReplicaPortal\nportals:\n");
        for (String key : site.hostKeys()) {
            String region = site.region(key);
            y.append("  - id: ").append(quote("replica-" + key)).append('\n')
                    .append("    region: ").append(quote(region == null ? key : region)).append('\n')
                    .append("    adapter: district-cms\n")
                    .append("    verified: true\n");
            if (delay != null) {
                y.append("    delay: ").append(delay.toMillis()).append("ms\n");
            }
            y.append("    listings:\n");
            for (Site.Column c : site.columns(key)) {
                y.append("      - url: ").append(quote(listingUrl(key, c.path()))).append('\n');
                if (c.body() != null) {
                    y.append("        body: ").append(quote(c.body())).append('\n');
                } else {
                    y.append("        many-bodies: true\n");
                }
            }
        }
        return y.toString();
    }

    /** Writes {@link #catalogueYaml(Duration)} to a file and returns it. */
    public Path writeCatalogue(Path file, Duration delay) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, catalogueYaml(delay), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeCatalogue(Path file) {
        return writeCatalogue(file, null);
    }

    @Override
    public void close() {
        servers.values().forEach(s -> s.stop(0));
        servers.clear();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(String hostKey, HttpExchange exchange) throws IOException {
        Instant started = Instant.now();
        AtomicInteger flying = inFlight.get(hostKey);
        maxInFlight.get(hostKey).accumulateAndGet(flying.incrementAndGet(), Math::max);
        Recorder rec = new Recorder(hostKey, exchange, started, flying);
        try (exchange; InputStream ignored = exchange.getRequestBody()) {
            answer(hostKey, exchange, rec);
        } catch (IOException | RuntimeException e) {
            rec.record(-1);
        } finally {
            rec.record(500);
        }
    }

    /**
     * Records a request once, just before its answer is sent, so a client that has its answer finds the request
     * recorded (and no longer in flight).
     */
    private final class Recorder {
        final String hostKey;
        final HttpExchange exchange;
        final Instant started;
        final AtomicInteger flying;
        boolean done;

        Recorder(String hostKey, HttpExchange exchange, Instant started, AtomicInteger flying) {
            this.hostKey = hostKey;
            this.exchange = exchange;
            this.started = started;
            this.flying = flying;
        }

        void record(int status) {
            if (done) {
                return;
            }
            done = true;
            flying.decrementAndGet();
            Headers h = exchange.getRequestHeaders();
            Map<String, String> kept = new LinkedHashMap<>();
            for (String name : List.of("User-Agent", "If-None-Match", "If-Modified-Since")) {
                String v = h.getFirst(name);
                if (v != null) {
                    kept.put(name.toLowerCase(Locale.ROOT), v);
                }
            }
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(new RecordedRequest(hostKey, exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                    Map.copyOf(kept), started, Instant.now(), status));
        }
    }

    private int answer(String hostKey, HttpExchange exchange, Recorder rec) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Site.HostContent host = site.existing(hostKey);
        Behaviour behaviour = host.behaviours.get(path);
        boolean validators = true;
        if (behaviour != null) {
            int seen = behaviourCounts.computeIfAbsent(hostKey + path, k -> new AtomicInteger()).incrementAndGet();
            if (behaviour instanceof Behaviour.Slow slow) {
                sleep(slow.delay());
            } else if (behaviour instanceof Behaviour.TooManyRequests tmr && seen <= tmr.times()) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(tmr.retryAfterSeconds()));
                return send(exchange, rec, 429, "text/plain", "too many requests".getBytes(StandardCharsets.UTF_8));
            } else if (behaviour instanceof Behaviour.ServerErrors se && seen <= se.times()) {
                return send(exchange, rec, 500, "text/plain", "server error".getBytes(StandardCharsets.UTF_8));
            } else if (behaviour instanceof Behaviour.RedirectTo to) {
                exchange.getResponseHeaders().set("Location", to.location());
                return send(exchange, rec, 302, "text/plain", new byte[0]);
            } else if (behaviour instanceof Behaviour.Gone gone) {
                return send(exchange, rec, gone.status(), "text/html; charset=utf-8",
                        ("<html><body>" + gone.status() + "</body></html>").getBytes(StandardCharsets.UTF_8));
            } else if (behaviour instanceof Behaviour.NoValidators) {
                validators = false;
            }
        }
        String query = exchange.getRequestURI().getRawQuery();
        Resource resource = query == null ? null : resolveFile(host, path + "?" + query);
        if (resource == null) {
            resource = resolve(host, path);
        }
        if (resource == null) {
            return send(exchange, rec, 404, "text/html; charset=utf-8",
                    "<html><body>404</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        if (validators) {
            String etag = "\"" + sha256(resource.content).substring(0, 16) + "\"";
            Instant modified = resource.modifiedAt == null ? null
                    : resource.modifiedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            exchange.getResponseHeaders().set("ETag", etag);
            if (modified != null) {
                exchange.getResponseHeaders().set("Last-Modified",
                        HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
            }
            if (notModified(exchange.getRequestHeaders(), etag, modified)) {
                rec.record(304);
                exchange.sendResponseHeaders(304, -1);
                return 304;
            }
        }
        return send(exchange, rec, 200, resource.contentType, resource.content);
    }

    private static boolean notModified(Headers request, String etag, Instant modified) {
        String inm = request.getFirst("If-None-Match");
        if (inm != null) {
            return inm.contains(etag);
        }
        String ims = request.getFirst("If-Modified-Since");
        if (ims != null && modified != null) {
            try {
                Instant since = ZonedDateTime.parse(ims, HTTP_DATE).toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private record Resource(String contentType, byte[] content, Instant modifiedAt) {
    }

    private static Resource resolveFile(Site.HostContent host, String pathAndQuery) {
        Site.StaticFile file = host.files.get(pathAndQuery);
        return file == null ? null : new Resource(file.contentType(), file.content(), null);
    }

    private Resource resolve(Site.HostContent host, String path) {
        if (path.equals("/robots.txt")) {
            String robots = host.robotsTxt;
            return robots == null ? null
                    : new Resource("text/plain; charset=utf-8", robots.getBytes(StandardCharsets.UTF_8), null);
        }
        Site.StaticFile file = host.files.get(path);
        if (file != null) {
            return new Resource(file.contentType(), file.content(), null);
        }
        for (Site.Column column : site.columns(host.key)) {
            if (path.startsWith(column.path())) {
                String rest = path.substring(column.path().length());
                Matcher m = LISTING_PAGE.matcher(rest);
                if (rest.isEmpty() || m.matches()) {
                    int page = rest.isEmpty() || m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                    List<SiteReport> reports = site.reports(host.key, column.path()).stream()
                            .filter(SiteReport::listed).toList();
                    if (page >= CmsPages.pageCount(reports.size(), site.pageSize())) {
                        return null;
                    }
                    Instant newest = reports.stream().map(SiteReport::modifiedAt).max(Instant::compareTo).orElse(null);
                    return new Resource("text/html; charset=utf-8",
                            CmsPages.listing(column, reports, page, site.pageSize()), newest);
                }
            }
        }
        for (SiteReport r : host.reports) {
            if (!r.served()) {
                continue;
            }
            if (path.equals(r.path()) || (r.hasWapCopy() && path.equals(r.wapPath()))) {
                String type = r.charset().equals(StandardCharsets.UTF_8) ? "text/html; charset=utf-8" : "text/html";
                return new Resource(type, CmsPages.report(r, !path.equals(r.path())), r.modifiedAt());
            }
            for (SiteReport.Attachment a : r.attachments()) {
                if (path.equals(a.path())) {
                    return new Resource(a.contentType(), a.content(), r.modifiedAt());
                }
            }
        }
        return null;
    }

    private static int send(HttpExchange exchange, Recorder rec, int status, String contentType, byte[] body)
            throws IOException {
        rec.record(status);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Lists the hosts and their authorities, for logs. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        hostPort.forEach((k, v) -> parts.add(k + "=" + v));
        return "ReplicaPortal" + parts;
    }
}
