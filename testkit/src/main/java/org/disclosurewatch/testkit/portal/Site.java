package org.disclosurewatch.testkit.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The content of a replica portal, given as data: hosts, their report columns (listing pages), report pages,
 * attachments, robots.txt, plain files and per-path misbehaviour. Hosts are named by a logical key
 * ({@code "qj"}, {@code "host07"}); the portal gives each its own loopback port when it starts. Reports can
 * be added or changed while the portal runs; hosts must exist before {@link ReplicaPortal#start(Site)}.
 */
public final class Site {

    /** A listing column; {@code body} is the one body it belongs to, or null for a column listing many bodies. */
    public record Column(String hostKey, String path, String body) {
    }

    /** A plain file served as is. */
    public record StaticFile(String contentType, byte[] content) {
    }

    private final Map<String, HostContent> hosts = new ConcurrentHashMap<>();
    private final List<String> hostOrder = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(14_000_000L);
    private volatile int pageSize = 5;

    static final class HostContent {
        final String key;
        final Map<String, Column> columns = new ConcurrentHashMap<>();
        final List<String> columnOrder = new CopyOnWriteArrayList<>();
        final List<SiteReport> reports = new CopyOnWriteArrayList<>();
        final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
        final Map<String, StaticFile> files = new ConcurrentHashMap<>();
        volatile String robotsTxt;
        volatile String region;

        HostContent(String key) {
            this.key = key;
        }
    }

    private Site() {
    }

    public static Site create() {
        return new Site();
    }

    /** Report links per listing page (the CMS shows a fixed number and paginates the rest). */
    public Site pageSize(int reportsPerPage) {
        if (reportsPerPage < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = reportsPerPage;
        return this;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Declares a host (the region names it in the written catalogue). */
    public Site addHost(String hostKey, String region) {
        host(hostKey).region = region;
        return this;
    }

    /** Declares a listing column; {@code body} null means the column lists reports of many bodies. */
    public Site addColumn(String hostKey, String columnPath, String body) {
        String path = normaliseColumn(columnPath);
        HostContent h = host(hostKey);
        if (h.columns.putIfAbsent(path, new Column(hostKey, path, body)) == null) {
            h.columnOrder.add(path);
        }
        return this;
    }

    /**
     * Publishes a report in a column (declared on first use, as a many-bodies column). {@code html} is the
     * report's content: a whole HTML document (its body is used) or a fragment, UTF-8.
     */
    public SiteReport addReport(String hostKey, String columnPath, LocalDate publishedOn, String title, byte[] html) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        String path = normaliseColumn(columnPath);
        if (!host(hostKey).columns.containsKey(path)) {
            addColumn(hostKey, path, null);
        }
        SiteReport report = new SiteReport(hostKey, path, publishedOn, title, ids.incrementAndGet(), html);
        host(hostKey).reports.add(report);
        return report;
    }

    /** Same as {@link #addReport(String, String, LocalDate, String, byte[])} with a UTF-8 string. */
    public SiteReport addReport(String hostKey, String columnPath, LocalDate publishedOn, String title, String html) {
        return addReport(hostKey, columnPath, publishedOn, title, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves this robots.txt on the host (none: 404). */
    public Site robots(String hostKey, String robotsTxt) {
        host(hostKey).robotsTxt = robotsTxt;
        return this;
    }

    /** Makes one path misbehave (path as requested, without query). */
    public Site behave(String hostKey, String path, Behaviour behaviour) {
        host(hostKey).behaviours.put(path, behaviour);
        return this;
    }

    /** Serves a path normally again. */
    public Site behaveNormally(String hostKey, String path) {
        host(hostKey).behaviours.remove(path);
        return this;
    }

    /** Serves a plain file at a path, or at a path with a query ({@code /list.jsp?page=2}, matched exactly). */
    public Site addFile(String hostKey, String path, String contentType, byte[] content) {
        host(hostKey).files.put(path, new StaticFile(contentType, content.clone()));
        return this;
    }

    public List<String> hostKeys() {
        return List.copyOf(hostOrder);
    }

    public List<Column> columns(String hostKey) {
        HostContent h = existing(hostKey);
        List<Column> out = new ArrayList<>();
        for (String p : h.columnOrder) {
            out.add(h.columns.get(p));
        }
        return out;
    }

    public String region(String hostKey) {
        return existing(hostKey).region;
    }

    /** Every report of every host. */
    public List<SiteReport> reports() {
        List<SiteReport> all = new ArrayList<>();
        for (String key : hostOrder) {
            all.addAll(hosts.get(key).reports);
        }
        return all;
    }

    /** The reports of one column, newest first (the listing order). */
    public List<SiteReport> reports(String hostKey, String columnPath) {
        String path = normaliseColumn(columnPath);
        return existing(hostKey).reports.stream()
                .filter(r -> r.columnPath().equals(path))
                .sorted(Comparator.comparing(SiteReport::publishedOn).reversed()
                        .thenComparing(Comparator.comparingLong(SiteReport::id).reversed()))
                .toList();
    }

    Set<String> hostKeySet() {
        return hosts.keySet();
    }

    HostContent existing(String hostKey) {
        HostContent h = hosts.get(hostKey);
        if (h == null) {
            throw new IllegalArgumentException("no host " + hostKey + " in this site");
        }
        return h;
    }

    private HostContent host(String hostKey) {
        return hosts.computeIfAbsent(hostKey, k -> {
            hostOrder.add(k);
            return new HostContent(k);
        });
    }

    static String normaliseColumn(String columnPath) {
        String p = columnPath.startsWith("/") ? columnPath : "/" + columnPath;
        return p.endsWith("/") ? p : p + "/";
    }
}
