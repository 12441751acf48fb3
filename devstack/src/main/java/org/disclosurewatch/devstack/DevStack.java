package org.disclosurewatch.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.disclosurewatch.testkit.portal.ReplicaPortal;

/**
 * The whole pipeline on one machine with nothing but a JDK: a standalone Kafka broker (KRaft), an embedded
 * PostgreSQL, a replica portal holding the seed reports, and the four services, all on loopback. Prints
 * where to look, then a progress line whenever records move. Stops everything it started on SIGTERM
 * ({@code ./dw stop}).
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
        DevStack stack = new DevStack(Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "dw-stop"));
        try {
            stack.run();
        } catch (Exception e) {
            System.out.println("FAILED: " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
    }

    void run() throws Exception {
        Path work = settings.work();
        Files.createDirectories(work.resolve("logs"));
        String marker = work.toString();

        say("starting Kafka broker (KRaft) on 127.0.0.1:" + settings.kafkaPort());
        KafkaBrokerProcess kafka = new KafkaBrokerProcess(work.resolve("kafka"), settings.kafkaPort(),
                settings.controllerPort()).start();
        started.add(kafka);
        TestInfrastructure.createTopics(kafka.bootstrapServers());

        say("starting PostgreSQL on 127.0.0.1:" + settings.postgresPort());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(settings.postgresPort())
                .setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        started.add(postgres);
        String jdbc = postgres.getJdbcUrl("postgres", "postgres");

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
        Map<String, String> common = Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put(Service.STORE, merge(merge(common, Map.of(
                "quarkus.datasource.jdbc.url", jdbc,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres")), DemoSite.localLogin()));
        config.put(Service.VALIDATOR, common);
        config.put(Service.PARSER, common);
        boolean loopback = settings.catalogue() == null || settings.allowLoopback();
        config.put(Service.FETCHER, merge(merge(common, DemoSite.fetcherConfig(catalogue, loopback)), DemoSite.localLogin()));
        for (Map.Entry<Service, Map<String, String>> e : config.entrySet()) {
            Service s = e.getKey();
            say("starting " + s.module + " on http://127.0.0.1:" + s.defaultPort);
            ChildProcess p = ServiceProcess.start(settings.root(), s, s.defaultPort, e.getValue(),
                    work.resolve("logs"), marker, 180);
            started.add(p::stop);
            Files.writeString(work.resolve(s.module + ".pid"), String.valueOf(p.pid()));
        }

        say("""
                ready.
                  dashboard   http://127.0.0.1:8080/
                  API         http://127.0.0.1:8080/api/reports   (OpenAPI: http://127.0.0.1:8080/q/openapi)
                  alerts      http://127.0.0.1:8080/api/alerts    (topic %s on %s)
                  lag         http://127.0.0.1:8080/api/lag
                  health      http://127.0.0.1:{8080,8081,8082,8083}/q/health
                  metrics     http://127.0.0.1:{8080,8081,8082,8083}/q/metrics
                  portal      %s
                  login       operator / operator (POST /api/crawl-rounds on 8081, POST /api/checks/run on 8080)
                  logs        %s
                stop with: ./dw stop""".formatted(org.disclosurewatch.contracts.Topics.ALERTS,
                kafka.bootstrapServers(), portalLine,
                work.resolve("logs")));

        try (ProgressMonitor monitor = new ProgressMonitor(kafka.bootstrapServers())) {
            String last = "";
            boolean announced = false;
            int quiet = 0;
            while (true) {
                long stored = storedReports();
                String line = ProgressMonitor.line(monitor.counts(), stored);
                quiet = line.equals(last) ? quiet + 1 : 0;
                if (!line.equals(last)) {
                    say(line);
                    last = line;
                }
                if (!announced && settings.catalogue() == null && stored >= DemoSite.REPORTS) {
                    say("ingested: the " + stored + " seed reports are in the store (GET http://127.0.0.1:8080/api/reports)");
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
    }

    private static long storedReports() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:8080/api/reports?size=1")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var node = org.disclosurewatch.contracts.json.Json.mapper().readTree(r.body());
            if (node.has("total")) {
                return node.get("total").asLong();
            }
            return node.isArray() ? node.size() : -1;
        } catch (IOException | InterruptedException e) {
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
