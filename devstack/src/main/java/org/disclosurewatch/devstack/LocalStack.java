package org.disclosurewatch.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntBiFunction;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.testkit.infra.TestInfrastructure;

/**
 * A standalone Kafka broker (KRaft) and a durable PostgreSQL as their own processes, and replicas of the
 * services as their own JVMs, all supervised ({@link Supervisor}): what {@code ./dw run} starts, and what the
 * chaos test kills parts of.
 */
public final class LocalStack implements AutoCloseable {
    /** Where and what to start. */
    public record Settings(Path root, Path work, int kafkaPort, int controllerPort, int postgresPort,
                           Map<Service, Integer> replicas, ToIntBiFunction<Service, Integer> httpPort,
                           String marker) {
    }

    private final Settings settings;
    private final Consumer<String> log;
    private final List<StackPart> started = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceReplica> services = new ArrayList<>();
    private Supervisor supervisor;
    private KafkaBrokerProcess kafka;
    private LocalPostgres postgres;

    public LocalStack(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /** Starts the broker and PostgreSQL and creates the topics. */
    public LocalStack startInfrastructure() throws Exception {
        Path work = settings.work();
        Files.createDirectories(work.resolve("logs"));
        supervisor = new Supervisor(work, log);
        log.accept("starting Kafka broker (KRaft) on 127.0.0.1:" + settings.kafkaPort());
        kafka = new KafkaBrokerProcess(work.resolve("kafka"), settings.kafkaPort(), settings.controllerPort()).start();
        started.add(kafka);
        supervisor.watch(kafka);
        TestInfrastructure.createTopics(kafka.bootstrapServers());

        log.accept("starting PostgreSQL on 127.0.0.1:" + settings.postgresPort());
        postgres = new LocalPostgres(work.resolve("postgres"), settings.postgresPort()).start();
        started.add(postgres);
        supervisor.watch(postgres);
        return this;
    }

    /** The settings every service gets: the broker, and the store's database. */
    public Map<String, String> baseConfig(Service s) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        if (s == Service.STORE) {
            c.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            c.put("quarkus.datasource.username", "postgres");
            c.put("quarkus.datasource.password", "postgres");
        }
        return c;
    }

    /** Starts every replica of {@code s} with its base settings and {@code extra}, waiting until each is ready. */
    public List<ServiceReplica> startService(Service s, Map<String, String> extra, int readySeconds) throws Exception {
        List<ServiceReplica> out = new ArrayList<>();
        int n = settings.replicas().getOrDefault(s, 1);
        for (int i = 1; i <= n; i++) {
            Map<String, String> c = baseConfig(s);
            c.putAll(extra);
            if (s == Service.FETCHER && i > 1) {
                c.put("dw.fetcher.planner.enabled", "false"); // one planner across replicas
            }
            int port = settings.httpPort().applyAsInt(s, i);
            log.accept("starting " + ServiceProcess.replicaName(s, i) + " on http://127.0.0.1:" + port);
            ServiceReplica r = new ServiceReplica(settings.root(), s, i, port, c, settings.work().resolve("logs"),
                    settings.marker());
            started.add(r);
            for (int attempt = 1; ; attempt++) {
                try {
                    r.start(readySeconds);
                    break;
                } catch (java.io.IOException e) {
                    // e.g. the database still recovering after a hard stop: try again before giving up
                    if (attempt >= 3) {
                        throw e;
                    }
                    log.accept(r.name() + " did not start (" + e.getMessage() + "); trying again in 5 s");
                    r.close();
                    Thread.sleep(5000);
                }
            }
            supervisor.watch(r);
            services.add(r);
            out.add(r);
        }
        return out;
    }

    /** From now on, parts that end are started again. */
    public void supervise() {
        supervisor.start();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public List<ServiceReplica> services() {
        return List.copyOf(services);
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    /** The first replica of {@code s}. */
    public ServiceReplica first(Service s) {
        return services.stream().filter(r -> r.service() == s).findFirst()
                .orElseThrow(() -> new IllegalStateException(s + " not started"));
    }

    /** Stops everything in reverse order of starting, after the supervisor (so that nothing is started again). */
    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        List<StackPart> toStop = new ArrayList<>(started);
        Collections.reverse(toStop);
        for (StackPart p : toStop) {
            try {
                p.close();
            } catch (RuntimeException e) {
                log.accept("while stopping " + p.name() + ": " + e);
            }
        }
        started.clear();
    }
}
