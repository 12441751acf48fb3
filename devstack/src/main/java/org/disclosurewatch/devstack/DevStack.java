package org.disclosurewatch.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.testkit.portal.ReplicaPortal;

/**
 * The whole pipeline on one machine with nothing but a JDK: a standalone Kafka broker (KRaft), an embedded
 * PostgreSQL, a replica portal holding the seed reports, and the four services, all on loopback. Prints
 * where to look, then a progress line whenever records move. A part that dies (killed, crashed) is started
 * again by the {@link Supervisor}; the rest keeps running. Stops everything it started on SIGTERM
 * ({@code ./dw stop}). Replicas: {@code -Ddw.replicas=parser=2,validator=2} ({@link Replicas}).
 */
public final class DevStack {
    /** Settings of the local stack; every value can be overridden with a system property of the same name. */
    /**
     * @param catalogue     a user's portal catalogue to crawl instead of the demo portal ({@code dw.catalogue}), or null
     * @param allowLoopback whether the fetcher may fetch loopback hosts of the user's catalogue ({@code dw.allow-loopback})
     */
    record Settings(Path root, Path work, int kafkaPort, int controllerPort, int postgresPort, Path catalogue,
                    boolean allowLoopback) {
        static Settings fromSystemProperties() {
            Path root = Path.of(System.getProperty("dw.root", ".")).toAbsolutePath().normalize();
            String catalogue = System.getProperty("dw.catalogue", "");
            return new Settings(root,
                    root.resolve(System.getProperty("dw.work", ".dw")),
                    Integer.getInteger("dw.kafka.port", 19092),
                    Integer.getInteger("dw.kafka.controller-port", 19093),
                    Integer.getInteger("dw.postgres.port", 15432),
                    catalogue.isBlank() ? null : Path.of(catalogue).toAbsolutePath(),
                    Boolean.getBoolean("dw.allow-loopback"));
        }
    }

    private final Settings settings;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());

    DevStack(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--replicas") && i + 1 < args.length) {
                System.setProperty("dw.replicas", args[++i]);
            } else if (args[i].startsWith("--replicas=")) {
                System.setProperty("dw.replicas", args[i].substring("--replicas=".length()));
            }
        }
        DevStack stack = new DevStack(Settings.fromSystemProperties());
        // runs on a real stop only: SIGTERM from ./dw stop, or the exit after a failed start
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "dw-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.out.println("FAILED: " + e);
            System.out.flush();
            System.exit(1);
        }
        stack.watch();
    }

    void start() throws Exception {
        Path work = settings.work();
        Files.createDirectories(work.resolve("logs"));
        String marker = work.toString();
        Map<Service, Integer> replicas = Replicas.parse(System.getProperty("dw.replicas", ""));
        LocalStack stack = new LocalStack(new LocalStack.Settings(settings.root(), work, settings.kafkaPort(),
                settings.controllerPort(), settings.postgresPort(), replicas, Service::port, marker), DevStack::say);
        started.add(stack);
        stack.startInfrastructure();
        bootstrap = stack.bootstrapServers();
        jdbcUrl = stack.jdbcUrl();

        Path catalogue;
        String portalLine;
        if (settings.catalogue() == null) {
            say("starting the replica portal with the seed reports");
            ReplicaPortal portal = DemoSite.startOnFixedPorts();
            started.add(portal);
            catalogue = portal.writeCatalogue(work.resolve("catalogue.yaml"), Duration.ofMillis(200));
            portalLine = portal.listingUrl(DemoSite.HOST, DemoSite.COLUMN);
        } else {
            if (!Files.isRegularFile(settings.catalogue())) {
                throw new IOException("catalogue " + settings.catalogue() + " is not a file");
            }
            catalogue = settings.catalogue();
            portalLine = "catalogue " + catalogue + (settings.allowLoopback() ? " (loopback hosts allowed)" : "");
            String text = Files.readString(catalogue);
            if (!settings.allowLoopback() && (text.contains("://127.") || text.contains("://localhost"))) {
                say("note: the catalogue names loopback hosts, which the fetcher refuses unless --allow-loopback is given");
            }
        }

        Map<Service, Map<String, String>> config = new LinkedHashMap<>();
        boolean loopback = settings.catalogue() == null || settings.allowLoopback();
        config.put(Service.STORE, DemoSite.localLogin());
        config.put(Service.VALIDATOR, Map.of());
        config.put(Service.PARSER, Map.of());
        config.put(Service.FETCHER, merge(DemoSite.fetcherConfig(catalogue, loopback), DemoSite.localLogin()));
        for (Map.Entry<Service, Map<String, String>> e : config.entrySet()) {
            stack.startService(e.getKey(), e.getValue(), 180);
        }
        stack.supervise();

        say("""
                ready.
                  dashboard   http://127.0.0.1:8080/
                  API         http://127.0.0.1:8080/api/reports   (OpenAPI: http://127.0.0.1:8080/q/openapi)
                  alerts      http://127.0.0.1:8080/api/alerts    (topic %s on %s)
                  lag         http://127.0.0.1:8080/api/lag
                  health      http://127.0.0.1:{8080,8081,8082,8083}/q/health
                  metrics     http://127.0.0.1:{8080,8081,8082,8083}/q/metrics
                  replicas    %s
                  portal      %s
                  login       operator / operator (POST /api/crawl-rounds on 8081, POST /api/checks/run on 8080)
                  logs        %s
                stop with: ./dw stop""".formatted(org.disclosurewatch.contracts.Topics.ALERTS,
                bootstrap, replicas, portalLine,
                work.resolve("logs")));
    }

    private String bootstrap;
    private String jdbcUrl;

    /**
     * Prints a progress line whenever records move, until stopped. Nothing here ends the stack: while the
     * broker or the database is away the line says so, and the supervisor starts the part again.
     */
    void watch() throws InterruptedException {
        ProgressMonitor monitor = new ProgressMonitor(bootstrap);
        String last = "";
        boolean announced = false;
        int quiet = 0;
        while (true) {
            String line;
            long stored = storedReports(jdbcUrl);
            try {
                line = ProgressMonitor.line(monitor.counts(), stored);
            } catch (Exception e) {
                line = "progress: broker not answering (" + rootCause(e) + "), stored " + stored;
            }
            quiet = line.equals(last) ? quiet + 1 : 0;
            if (!line.equals(last)) {
                say(line);
                last = line;
            }
            if (!announced && settings.catalogue() == null && stored >= DemoSite.REPORTS) {
                say("ingested: the demo portal's seed reports are in the store, " + stored
                        + " reports in all (GET http://127.0.0.1:8080/api/reports)");
                announced = true;
            }
            if (!announced && settings.catalogue() != null && stored > 0 && quiet >= 10) {
                say("ingested: " + stored + " reports of the catalogue are in the store (GET http://127.0.0.1:8080/api/reports);"
                        + " the fetcher keeps crawling on schedule");
                announced = true;
            }
            Thread.sleep(2000);
        }
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Reports in the store, counted in its database (cheap at any size); -1 while the database is away. */
    static long storedReports(String jdbcUrl) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             java.sql.Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            try (java.sql.ResultSet rs = st.executeQuery("select count(*) from report")) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Stops everything in reverse order of starting. */
    void stopAll() {
        List<AutoCloseable> toStop = new ArrayList<>(started);
        Collections.reverse(toStop);
        for (AutoCloseable c : toStop) {
            try {
                c.close();
            } catch (Exception e) {
                System.out.println("while stopping: " + e);
            }
        }
        started.clear();
        System.out.println("stopped.");
        System.out.flush();
    }
}
