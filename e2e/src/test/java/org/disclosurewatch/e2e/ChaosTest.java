package org.disclosurewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurewatch.devstack.LocalStack;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.devstack.load.ChaosRun;
import org.disclosurewatch.devstack.load.DeliveryCheck;
import org.disclosurewatch.devstack.load.LoadMix;
import org.disclosurewatch.devstack.load.LoadRun;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short chaos run: parser, validator and store as packaged services on a real KRaft broker process and a
 * durable PostgreSQL, 100 generated documents sent while the store, the broker and PostgreSQL are killed
 * with SIGKILL in turn and started again by the stack's supervisor (what {@code ./dw chaos} does, shorter).
 * Fails when a kill loses a report, stores one twice, loses an alert or dead-letters a readable document.
 */
class ChaosTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static LocalStack stack;
    private static Path work;

    @BeforeAll
    static void startStack() throws Exception {
        work = ROOT.resolve("e2e/target/chaos");
        if (Files.exists(work)) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, TestInfrastructure.freePort());
        }
        Map<Service, Integer> replicas = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            replicas.put(s, 1);
        }
        stack = new LocalStack(new LocalStack.Settings(ROOT, work, TestInfrastructure.freePort(),
                TestInfrastructure.freePort(), TestInfrastructure.freePort(), replicas, (s, i) -> ports.get(s),
                "e2e-chaos"), line -> System.out.println("chaos-stack: " + line));
        stack.startInfrastructure();
        for (Service s : List.of(Service.STORE, Service.VALIDATOR, Service.PARSER)) {
            stack.startService(s, Map.of(), 240);
        }
        stack.supervise();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void killingTheStoreTheBrokerAndPostgresLosesNothing() throws Exception {
        LoadRun.Config config = new LoadRun.Config(stack.bootstrapServers(), stack.jdbcUrl(), "postgres", "postgres",
                work, 100, LoadMix.parse(LoadMix.DEFAULT), 2, 20251203L, Duration.ofSeconds(120));
        try (LoadRun load = new LoadRun(config, System.out)) {
            List<LoadRun.Doc> docs = load.prepare();
            List<ChaosRun.Fault> faults = List.of(
                    new ChaosRun.Fault("kill -9 store", List.of("store")),
                    new ChaosRun.Fault("kill -9 broker", List.of("kafka")),
                    new ChaosRun.Fault("kill -9 PostgreSQL", List.of("postgres")));
            ChaosRun.Outcome outcome = ChaosRun.run(load, docs, faults, Duration.ofSeconds(4), System.out);
            DeliveryCheck.Outcome d = outcome.delivery();
            assertEquals(3, outcome.faults().size());
            outcome.faults().forEach(f -> assertTrue(!f.killed().isEmpty(), "nothing killed for " + f.fault()));
            assertEquals(100, d.sent());
            assertEquals(0, d.lost(), "reports lost: " + outcome.lastLine());
            assertEquals(100, d.stored());
            assertEquals(0, d.duplicated(), "reports stored twice");
            assertTrue(d.expectedAlerts() > 0, "the generated reports raise alerts (blank cells)");
            assertEquals(0, d.alertsMissingOnTopic(), "alerts missing on the topic");
            assertEquals(0, d.alertsMissingInStore(), "alerts missing in the store");
            assertEquals(0, d.deadLetters(), "dead letters: " + d.deadLetterReasons());
        }
    }
}
