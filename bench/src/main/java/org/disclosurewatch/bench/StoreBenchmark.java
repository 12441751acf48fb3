package org.disclosurewatch.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.DocumentRef;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.FormKeys;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.infra.TestInfrastructure;

/**
 * The store at national scale: generated filings (default 50,000 over 3 years from 20,000 bodies) are put
 * on the validated-reports topic of a real broker, the packaged store (its own JVM) ingests them into a
 * real PostgreSQL through its consumer, then the API and the dashboard are timed with sequential requests.
 * Usage: {@code ./dw bench-store [filings] [bodies] [requests-per-endpoint]}.
 */
public final class StoreBenchmark {
    private static final int YEARS = 3;
    private static final int FIRST_YEAR = 2022;
    private static final int BODIES_PER_REGION = 40;
    private static final int PAGE = 50;
    /** Distinct generated reports whose tables the filings reuse (each filing is its own document). */
    private static final int TEMPLATES = 2_000;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int filings;
    private final int bodies;
    private final int requests;
    private final Path root;
    private String base;
    private java.util.Optional<ProcessHandle> postmaster = java.util.Optional.empty();

    private StoreBenchmark(int filings, int bodies, int requests, Path root) {
        this.filings = filings;
        this.bodies = bodies;
        this.requests = requests;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        int filings = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int bodies = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, (int) Math.round(filings * 0.4));
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        if (filings < 1 || bodies < 1 || bodies * (long) YEARS < filings) {
            throw new IllegalArgumentException("need 1 <= filings <= 3 x bodies (" + YEARS + " years)");
        }
        Path root = Path.of(System.getProperty("dw.root", ".")).toAbsolutePath().normalize();
        new StoreBenchmark(filings, bodies, requests, root).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path jar = root.resolve("store/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        TestInfrastructure.Database db = TestInfrastructure.database();
        out.printf("bench-store: %d filings (%d years from %d bodies in %d regions), %s%n", filings, YEARS, bodies,
                regions(), TestInfrastructure.describe());

        postmaster = postmaster(db);
        long cells = produce(bootstrap);
        Process store = startStore(jar, bootstrap, db);
        try {
            Instant ready = Instant.now();
            double storeCpu0 = cpuSeconds(store.toHandle());
            double pgCpu0 = postgresCpuSeconds();
            long stored = awaitIngest(db, store);
            double seconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
            double rate = stored / seconds;
            double storeCpu = cpuSeconds(store.toHandle()) - storeCpu0;
            double pgCpu = postgresCpuSeconds() - pgCpu0;
            long cellsStored = count(db, "select count(*) from cell");
            long cellRows = count(db, "select count(*) from version_cells");
            out.printf("ingest: %d reports, %d cells (%d stored, %d rows of version_cells) in %.1f s from the store's"
                    + " start: %.0f reports/s%n", stored, cells, cellsStored, cellRows, seconds, rate);
            out.printf("ingest cost: %.2f ms CPU of the store + %.2f ms CPU of PostgreSQL per report "
                            + "(%.0f reports per CPU-second; machine load average %.1f on %d cores during the run)%n",
                    storeCpu * 1000 / stored, pgCpu * 1000 / stored, stored / Math.max(0.001, storeCpu + pgCpu),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            long rssIngest = rssKb(store.pid(), "VmHWM");

            Ids ids = ids(db);
            Endpoints api = new Endpoints();
            Endpoints pages = new Endpoints();
            int lastYear = FIRST_YEAR + YEARS - 1;
            long yearTotal = count(db, "select count(*) from report where year = " + lastYear + " and status = 'on_time'");
            int deepFiltered = (int) Math.max(0, (yearTotal - 1) / PAGE);
            int deepAll = (int) Math.max(0, (stored - 1) / PAGE);
            Random random = new Random(7);
            api.add("GET /api/reports (first page)", i -> "/api/reports?size=" + PAGE);
            api.add("GET /api/reports?year&status (first page)",
                    i -> "/api/reports?year=" + lastYear + "&status=on_time&size=" + PAGE);
            api.add("GET /api/reports?year&status (page " + deepFiltered + ")",
                    i -> "/api/reports?year=" + lastYear + "&status=on_time&size=" + PAGE + "&page=" + deepFiltered);
            api.add("GET /api/reports (page " + deepAll + ")", i -> "/api/reports?size=" + PAGE + "&page=" + deepAll);
            api.add("GET /api/reports?region (first page)",
                    i -> "/api/reports?region=" + enc(region(random.nextInt(regions()))) + "&size=" + PAGE);
            api.add("GET /api/reports/{id}", i -> "/api/reports/" + ids.reports[random.nextInt(ids.reports.length)]);
            api.add("GET /api/agencies?region=", i -> "/api/agencies?region=" + enc(region(random.nextInt(regions()))));
            api.add("GET /api/alerts (first page)", i -> "/api/alerts?size=" + PAGE);
            api.add("GET /api/alerts?open=true (page 20)", i -> "/api/alerts?open=true&size=" + PAGE + "&page=20");
            pages.add("GET / (dashboard)", i -> "/");
            pages.add("GET /?region= (dashboard)", i -> "/?region=" + enc(region(random.nextInt(regions()))));
            pages.add("GET /?page=100 (dashboard)", i -> "/?page=100");
            pages.add("GET /reports/{id} (report page)",
                    i -> "/reports/" + ids.reports[random.nextInt(ids.reports.length)]);

            // every endpoint is warmed before any is timed: the first one timed would otherwise pay for the JIT
            // compiling the store's request path and for PostgreSQL's first pass over the freshly loaded tables
            api.warm();
            pages.warm();
            out.printf("latency over %d sequential requests per endpoint, after a warm-up of %d requests to each (all warmed before any is timed):%n", requests, warmup());
            out.printf("  %-48s %9s %9s%n", "endpoint", "p50 ms", "p99 ms");
            double apiP99 = print(api.time());
            double pageP99 = print(pages.time());
            long rss = Math.max(rssIngest, rssKb(store.pid(), "VmHWM"));
            out.printf("store process: peak RSS %d MB (now %d MB)%n", rss / 1024, rssKb(store.pid(), "VmRSS") / 1024);
            out.printf("targets: ingest >= 500 reports/s %s, api p99 < 50 ms %s, dashboard p99 < 300 ms %s, "
                            + "RSS < 512 MB %s%n", rate >= 500 ? "met" : "NOT met", apiP99 < 50 ? "met" : "NOT met",
                    pageP99 < 300 ? "met" : "NOT met", rss < 512 * 1024 ? "met" : "NOT met");
            out.printf("bench-store: %d filings, ingest %.0f reports/s, api p99 %.1f ms, dashboard p99 %.1f ms%n",
                    stored, rate, apiP99, pageP99);
        } finally {
            store.destroy();
            store.waitFor();
        }
    }

    private int regions() {
        return (bodies + BODIES_PER_REGION - 1) / BODIES_PER_REGION;
    }

    private static String region(int r) {
        return "基准省第" + r + "市";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Puts every filing on the validated topic before the store starts; returns how many cells they hold. */
    private long produce(String bootstrap) {
        Instant start = Instant.now();
        ReportGenerator generator = new ReportGenerator(2026L);
        List<GeneratedReport> templates = new ArrayList<>();
        for (int i = 0; i < Math.min(TEMPLATES, filings); i++) {
            templates.add(generator.next(ReportFormat.F2021));
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10_485_760);
        long cells = 0;
        Random random = new Random(11);
        Map<Integer, Previous> previous = new java.util.HashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < filings; i++) {
                int body = i % bodies;
                int year = FIRST_YEAR + i / bodies;
                AnnualReport t = templates.get(random.nextInt(templates.size())).report();
                // a body's filings agree with each other as real ones mostly do: carried over = last year's
                // carried forward, documents in force = last year's + issued − repealed
                Cells requests = t.requests().copy();
                Cells active = t.activeDisclosure().copy();
                Previous before = previous.get(body);
                if (before != null) {
                    for (var e : before.carriedForward().entrySet()) {
                        requests.put(FormKeys.CARRIED_OVER, e.getKey(), e.getValue());
                    }
                    for (String row : List.of(FormKeys.REGULATIONS, FormKeys.NORMATIVE_DOCUMENTS)) {
                        BigDecimal last = before.inForce().get(row);
                        BigDecimal issued = active.get(row, FormKeys.ISSUED);
                        BigDecimal repealed = active.get(row, FormKeys.REPEALED);
                        if (last != null && issued != null && repealed != null) {
                            active.put(row, FormKeys.IN_FORCE, last.add(issued).subtract(repealed));
                        }
                    }
                }
                Map<String, BigDecimal> forward = new LinkedHashMap<>(requests.row(FormKeys.CARRIED_FORWARD));
                Map<String, BigDecimal> inForce = new LinkedHashMap<>();
                for (String row : List.of(FormKeys.REGULATIONS, FormKeys.NORMATIVE_DOCUMENTS)) {
                    inForce.put(row, active.get(row, FormKeys.IN_FORCE));
                }
                previous.put(body, new Previous(forward, inForce));
                AgencyLevel level = body % BODIES_PER_REGION == 0 ? AgencyLevel.GOVERNMENT
                        : body % BODIES_PER_REGION <= 15 ? AgencyLevel.TOWNSHIP : AgencyLevel.DEPARTMENT;
                String region = region(body / BODIES_PER_REGION);
                String agency = level == AgencyLevel.GOVERNMENT ? region + "人民政府"
                        : region + (level == AgencyLevel.TOWNSHIP ? "第" + body + "镇人民政府" : "第" + body + "局");
                AnnualReport report = new AnnualReport(DocumentKind.ANNUAL_REPORT,
                        agency + year + "年政府信息公开工作年度报告", agency, level, region, year, ReportFormat.F2021,
                        LocalDate.of(year + 1, 1, 15), active, requests, t.reviewsAndLitigation(),
                        t.narrative(), Map.of(), List.of());
                LocalDate deadline = ReportGenerator.deadline(level, year);
                LocalDate published = random.nextInt(20) == 0 ? deadline.plusDays(1 + random.nextInt(60))
                        : deadline.minusDays(random.nextInt(20));
                List<Finding> findings = new ArrayList<>();
                if (random.nextInt(10) == 0) {
                    findings.add(Finding.of("text.requests", 1, FindingKind.TEXT_TABLE_MISMATCH,
                            "requests.new_received.total", List.of("requests.new_received.total"), "1", "2",
                            "第一部分所述申请件数与第三部分表格不一致"));
                }
                if (published.isAfter(deadline)) {
                    findings.add(Finding.of("date.deadline", 1, FindingKind.LATE_FILING, null, List.of(),
                            published.toString(), "不晚于" + deadline, "年度报告逾期公开"));
                }
                String url = "https://bench" + (body / BODIES_PER_REGION) + ".gov.cn/zfxxgknb/" + year + "/t" + i + ".html";
                String sha = FetchedDocument.sha256((url + "|" + i).getBytes(StandardCharsets.UTF_8));
                DocumentRef doc = new DocumentRef(url, url, "bench", agency, published,
                        published.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "text/html", sha, 40_000);
                Instant at = Instant.now();
                ValidatedReport v = new ValidatedReport(ValidatedReport.SCHEMA, doc, report, findings, at, at);
                cells += report.activeDisclosure().size() + report.requests().size()
                        + report.reviewsAndLitigation().size();
                producer.send(new ProducerRecord<>(Topics.VALIDATED, agency, Json.write(v)));
            }
            producer.flush();
        }
        out.printf("produced %d validated reports on %s in %.1f s%n", filings, Topics.VALIDATED,
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        return cells;
    }

    /** What the next filing of a body must agree with. */
    private record Previous(Map<String, BigDecimal> carriedForward, Map<String, BigDecimal> inForce) {
    }

    private Process startStore(Path jar, String bootstrap, TestInfrastructure.Database db) throws Exception {
        int port = TestInfrastructure.freePort();
        base = "http://127.0.0.1:" + port;
        Path log = root.resolve("bench/target/bench-store.log");
        Files.createDirectories(log.getParent());
        // the heap of a service in the local stack (devstack ServiceProcess.jvmOptions): 64 to 192 MB, young 64 MB
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + System.getProperty("dw.bench.store-heap", "192m"), "-Xmn64m", "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-Xss512k"));
        String extra = System.getProperty("dw.bench.store-jvm", "");
        if (!extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + db.user(),
                "-Dquarkus.datasource.password=" + db.password(),
                "-Dkafka.bootstrap.servers=" + bootstrap,
                "-Ddw.store.missing-check.every=off",
                "-Dquarkus.log.category.\"org.disclosurewatch\".level=WARN",
                "-jar", jar.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        out.printf("store started (pid %d, %s, log %s)%n", p.pid(), String.join(" ", cmd.subList(1, 8)), log);
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the store exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        p.destroy();
        throw new IllegalStateException("the store was not ready in 3 minutes; see " + log);
    }

    private long awaitIngest(TestInfrastructure.Database db, Process store) throws Exception {
        long last = -1;
        Instant lastChange = Instant.now();
        Instant lastPrint = Instant.now();
        while (true) {
            long n = count(db, "select count(*) from report");
            if (n >= filings) {
                return n;
            }
            if (n != last) {
                last = n;
                lastChange = Instant.now();
            } else if (Duration.between(lastChange, Instant.now()).toSeconds() > 120 || !store.isAlive()) {
                throw new IllegalStateException("ingest stalled at " + n + " reports");
            }
            if (Duration.between(lastPrint, Instant.now()).toSeconds() >= 15) {
                out.printf("  ... %d reports stored%n", n);
                lastPrint = Instant.now();
            }
            Thread.sleep(250);
        }
    }

    private record Ids(long[] reports) {
    }

    private static Ids ids(TestInfrastructure.Database db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from report order by random() limit 1000")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return new Ids(ids.stream().mapToLong(Long::longValue).toArray());
    }

    private static long count(TestInfrastructure.Database db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int warmup() {
        return Math.max(5, requests / 10);
    }

    /** Named endpoints, each a path per request number: warmed together, then timed one after the other. */
    private final class Endpoints {
        private final Map<String, IntFunction<String>> paths = new LinkedHashMap<>();

        void add(String name, IntFunction<String> path) {
            paths.put(name, path);
        }

        void warm() throws Exception {
            for (IntFunction<String> path : paths.values()) {
                for (int i = 0; i < warmup(); i++) {
                    get(path.apply(i));
                }
            }
        }

        Map<String, double[]> time() throws Exception {
            Map<String, double[]> ms = new LinkedHashMap<>();
            for (Map.Entry<String, IntFunction<String>> e : paths.entrySet()) {
                ms.put(e.getKey(), StoreBenchmark.this.time(e.getValue()));
            }
            return ms;
        }
    }

    /** Latencies in ms of sequential GETs (after the warm-up), sorted. */
    private double[] time(IntFunction<String> path) throws Exception {
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String p = path.apply(i);
            long t = System.nanoTime();
            get(p);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private void get(String path) throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    /** Prints each endpoint's p50 and p99; returns the worst p99. */
    private double print(Map<String, double[]> group) {
        double worst = 0;
        for (var e : group.entrySet()) {
            double p50 = percentile(e.getValue(), 0.50);
            double p99 = percentile(e.getValue(), 0.99);
            worst = Math.max(worst, p99);
            out.printf("  %-48s %9.1f %9.1f%n", e.getKey(), p50, p99);
        }
        return worst;
    }

    private static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double cpuSeconds(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
    }

    /** CPU time of the embedded PostgreSQL: its postmaster and every server process under it. */
    private double postgresCpuSeconds() {
        return postmaster.map(p -> cpuSeconds(p) + p.descendants().mapToDouble(StoreBenchmark::cpuSeconds).sum())
                .orElse(0.0);
    }

    /** The postmaster of the database, from the pid file in its data directory. */
    private static java.util.Optional<ProcessHandle> postmaster(TestInfrastructure.Database db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            String pid = Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    /** A field of /proc/PID/status in kB (VmRSS now, VmHWM peak), or 0 where /proc is absent. */
    private static long rssKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
