package org.disclosurewatch.devstack.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.PdfRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.ReportRenderer;
import org.disclosurewatch.testkit.render.TextRenderer;

/**
 * Drives generated documents through a running stack: produces them straight into
 * {@code dw.documents.fetched.v1} (as the fetcher would), samples progress, consumer lag and each process's
 * CPU and memory while they move, and reads from the store's database when each stage handled each one.
 */
public final class LoadRun implements AutoCloseable {
    /** What to send and where. */
    public record Config(String bootstrap, String jdbcUrl, String jdbcUser, String jdbcPassword, Path work, int count,
                         LoadMix mix, double rate, long seed, Duration stallTimeout) {
    }

    /** One document of the run. */
    public record Doc(int index, String url, String sha256, String representation, String contentType, byte[] content,
                      java.time.LocalDate publishedOn) {
    }

    /** When each stage handled one stored document. */
    public record Timing(Instant fetched, Instant parsed, Instant validated, Instant stored) {
    }

    /** A progress sample. */
    public record Sample(long atMillis, int sent, int stored, Map<String, Long> lag) {
    }

    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("dw-parser", Topics.DOCUMENTS);
        GROUPS.put("dw-validator", Topics.PARSED);
        GROUPS.put("dw-store", Topics.VALIDATED);
    }

    private final Config config;
    private final PrintStream out;
    private final String runId;
    private final Map<String, Instant> sentAt = new ConcurrentHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, double[]> cpuFirst = new TreeMap<>();
    private final Map<String, double[]> cpuLast = new TreeMap<>();
    private final Map<String, Long> rssMax = new TreeMap<>();
    private final Admin admin;
    private KafkaProducer<String, byte[]> producer;
    private long startedMillis;

    public LoadRun(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.runId = "run" + Long.toString(config.seed(), 36);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        this.admin = Admin.create(p);
    }

    /** The text every URL of this run contains (to find its records on any topic). */
    public String marker() {
        return "http://load.test/" + runId + "/";
    }

    public Config config() {
        return config;
    }

    /** Generates and renders the run's documents (not timed). */
    public List<Doc> prepare() {
        Map<String, ReportRenderer> renderers = Map.of("html", new HtmlRenderer(), "text", new TextRenderer(),
                "docx", new DocxRenderer(), "pdf", new PdfRenderer());
        ReportGenerator gen = ReportGenerator.withBlanks(config.seed());
        Random random = new Random(config.seed());
        List<Doc> docs = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (int i = 0; i < config.count(); i++) {
            GeneratedReport r = gen.next();
            String kind = config.mix().pick(random);
            RenderedDocument d = renderers.get(kind).render(r, RenderOptions.random(random));
            String url = marker() + i + "/t" + r.publishedOn().toString().replace("-", "") + "_" + i + "." + d.extension();
            docs.add(new Doc(i, url, FetchedDocument.sha256(d.content()), kind, d.contentType(), d.content(),
                    r.publishedOn()));
            byKind.merge(kind, 1, Integer::sum);
        }
        out.println("load: " + docs.size() + " documents " + byKind + " (run " + runId + ")");
        return docs;
    }

    /** Sends the documents, at {@code rate} per second (0: as fast as the producer takes them). */
    public void send(List<Doc> docs) throws InterruptedException {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33_554_432);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "dw-load-" + runId);
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        startedMillis = startedMillis == 0 ? System.currentTimeMillis() : startedMillis;
        long start = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            if (config.rate() > 0) {
                long due = start + (long) (i * 1e9 / config.rate());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            Instant now = Instant.now();
            FetchedDocument f = FetchedDocument.of(d.url(), d.url(), "load", null, d.publishedOn(), now,
                    d.contentType(), null, d.content());
            sentAt.put(d.sha256(), now);
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS, d.url(), Json.write(f)));
        }
        producer.flush();
    }

    public int sent() {
        return sentAt.size();
    }

    /** Waits until every sent document is stored, or nothing moved for the stall timeout; samples meanwhile. */
    public Map<String, Timing> awaitStored(List<Doc> docs, Duration overall) throws InterruptedException {
        long until = System.nanoTime() + overall.toNanos();
        int lastStored = -1;
        long lastMove = System.nanoTime();
        Map<String, Timing> stored = Map.of();
        while (System.nanoTime() < until) {
            stored = stored(docs);
            sample(stored.size());
            if (stored.size() >= docs.size() && sent() >= docs.size()) {
                break;
            }
            if (stored.size() != lastStored) {
                lastStored = stored.size();
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > config.stallTimeout().toNanos()) {
                out.println("load: nothing stored for " + config.stallTimeout().toSeconds() + " s; giving up waiting");
                break;
            }
            Thread.sleep(1000);
        }
        return stored(docs);
    }

    /** Takes one progress sample (stored so far, lag per group, CPU and memory per process) and prints it. */
    public void sample(int storedNow) {
        startedMillis = startedMillis == 0 ? System.currentTimeMillis() : startedMillis;
        long t = System.currentTimeMillis() - startedMillis;
        Map<String, Long> lag = lag();
        synchronized (samples) {
            Sample s = new Sample(t, sent(), storedNow, lag);
            samples.add(s);
        }
        for (Map.Entry<String, Long> e : pids().entrySet()) {
            double cpu = ProcessStats.cpuSecondsWithChildren(e.getValue());
            long rss = ProcessStats.rssMegabytes(e.getValue());
            if (cpu >= 0) {
                double[] now = {System.nanoTime() / 1e9, cpu, e.getValue()};
                double[] first = cpuFirst.get(e.getKey());
                if (first == null || first[2] != e.getValue()) {
                    cpuFirst.put(e.getKey(), now); // first sample, or the process was started again
                }
                cpuLast.put(e.getKey(), now);
            }
            if (rss >= 0) {
                rssMax.merge(e.getKey(), rss, Math::max);
            }
        }
        out.printf("  t=%5.1fs sent %d stored %d lag %s%n", t / 1000.0, sent(), storedNow, lag);
    }

    /** The consumer groups' lag (records not yet committed) per stage; -1 when the broker does not answer. */
    public Map<String, Long> lag() {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (String topic : GROUPS.values()) {
                admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            for (Map.Entry<String, String> g : GROUPS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.getKey())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                long lag = 0;
                for (var e : ends.entrySet()) {
                    if (!e.getKey().topic().equals(g.getValue())) {
                        continue;
                    }
                    OffsetAndMetadata c = committed.get(e.getKey());
                    lag += e.getValue().offset() - (c == null ? 0 : c.offset());
                }
                out.put(g.getKey().substring(3), lag);
            }
        } catch (Exception e) {
            GROUPS.keySet().forEach(g -> out.putIfAbsent(g.substring(3), -1L));
        }
        return out;
    }

    /** The processes of the stack, from the pid files the supervisor writes ({@code <work>/<name>.pid}). */
    public Map<String, Long> pids() {
        Map<String, Long> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(config.work(), "*.pid")) {
            for (Path p : ds) {
                String name = p.getFileName().toString().replace(".pid", "");
                if (name.equals("devstack")) {
                    continue;
                }
                try {
                    out.put(name, Long.parseLong(Files.readString(p).trim()));
                } catch (NumberFormatException | IOException e) {
                    // being rewritten
                }
            }
        } catch (IOException e) {
            // no work directory
        }
        return out;
    }

    /** The stored documents of this run, by SHA-256, with when each stage handled them. */
    public Map<String, Timing> stored(Collection<Doc> docs) {
        Map<String, Timing> out = new LinkedHashMap<>();
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("select sha256, fetched_at, parsed_at, validated_at, stored_at "
                     + "from document_version where sha256 = any(?)")) {
            Array shas = c.createArrayOf("text", docs.stream().map(Doc::sha256).toArray());
            st.setArray(1, shas);
            st.setQueryTimeout(30);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Timing(instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                            instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
                }
            }
        } catch (SQLException e) {
            // the database is away (a chaos fault): count what is known
        }
        return out;
    }

    /** How many versions the store holds for each of the run's documents (more than one: stored twice). */
    public Map<String, Integer> versionCounts(Collection<Doc> docs) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("select sha256, count(*) from document_version "
                     + "where sha256 = any(?) group by sha256")) {
            st.setArray(1, c.createArrayOf("text", docs.stream().map(Doc::sha256).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Prints the figures of a finished run; returns its last line. */
    public String report(List<Doc> docs, Map<String, Timing> stored) {
        return report(docs, stored, null);
    }

    /**
     * Prints the run's figures; {@code parserAlone} (documents/s the parser alone reads on this machine, null:
     * not measured) is printed beside the end-to-end rate. Returns the last line.
     */
    public String report(List<Doc> docs, Map<String, Timing> stored, Double parserAlone) {
        List<Long> sendToStored = new ArrayList<>();
        List<Long> fetchedToParsed = new ArrayList<>();
        List<Long> parsedToValidated = new ArrayList<>();
        List<Long> validatedToStored = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (Doc d : docs) {
            Timing t = stored.get(d.sha256());
            Instant sent = sentAt.get(d.sha256());
            if (t == null || sent == null) {
                continue;
            }
            first = first == null || sent.isBefore(first) ? sent : first;
            last = last == null || t.stored().isAfter(last) ? t.stored() : last;
            sendToStored.add(Duration.between(sent, t.stored()).toMillis());
            if (t.fetched() != null && t.parsed() != null) {
                fetchedToParsed.add(Duration.between(t.fetched(), t.parsed()).toMillis());
            }
            if (t.parsed() != null && t.validated() != null) {
                parsedToValidated.add(Duration.between(t.parsed(), t.validated()).toMillis());
            }
            if (t.validated() != null) {
                validatedToStored.add(Duration.between(t.validated(), t.stored()).toMillis());
            }
        }
        double seconds = first == null ? 0 : Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : stored.size() / seconds;
        out.printf("%-18s %8s %8s %8s %8s%n", "stage", "p50 ms", "p95 ms", "p99 ms", "max ms");
        row("fetched→parsed", new Percentiles(fetchedToParsed));
        row("parsed→validated", new Percentiles(parsedToValidated));
        row("validated→stored", new Percentiles(validatedToStored));
        Percentiles total = new Percentiles(sendToStored);
        row("send→stored", total);
        out.println("consumer lag over time (records not committed; parser / validator / store):");
        synchronized (samples) {
            int step = Math.max(1, samples.size() / 15);
            for (int i = 0; i < samples.size(); i += step) {
                Sample s = samples.get(i);
                out.printf("  t=%5.1fs stored %5d  %s%n", s.atMillis() / 1000.0, s.stored(), s.lag().values());
            }
        }
        out.printf("%-12s %8s %10s   (cpu: %% of one core over the run, with child processes; rss: the process itself)%n",
                "process", "cpu %", "rss max MB");
        for (String name : cpuLast.keySet()) {
            double[] a = cpuFirst.get(name);
            double[] b = cpuLast.get(name);
            double pct = b[0] > a[0] ? 100 * (b[1] - a[1]) / (b[0] - a[0]) : 0;
            out.printf("%-12s %8.0f %10d%n", name, pct, rssMax.getOrDefault(name, -1L));
        }
        if (parserAlone != null) {
            out.printf(java.util.Locale.ROOT, "machine limit: the parser alone reads %.1f of these documents/s "
                    + "(its workers on every core, nothing else running); end to end ran at %.0f%% of that%n",
                    parserAlone, 100 * rate / parserAlone);
        }
        String line = String.format(java.util.Locale.ROOT,
                "load: %d sent, %d stored, %.1f reports/s, send-to-stored p50 %d ms, p99 %d ms",
                sent(), stored.size(), rate, total.at(50), total.at(99));
        out.println(line);
        return line;
    }

    private void row(String stage, Percentiles p) {
        out.printf("%-18s %8d %8d %8d %8d%n", stage, p.at(50), p.at(95), p.at(99), p.max());
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
        admin.close(Duration.ofSeconds(5));
    }
}
