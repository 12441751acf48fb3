package org.disclosurewatch.testkit.infra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.disclosurewatch.contracts.Topics;

/**
 * The real broker and the real database the tests run against, started once per JVM.
 *
 * <p>Which mode runs is decided by the environment ({@link InfraMode}):
 * <ul>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} set: that broker is used; otherwise, when a Docker engine answers, a
 *   KRaft broker in a container (Testcontainers), else a Kafka broker (KRaft) in this JVM (SmallRye's
 *   {@code EmbeddedKafkaBroker}).</li>
 *   <li>{@code DW_TEST_JDBC_URL} set (with {@code DW_TEST_JDBC_USER} / {@code DW_TEST_JDBC_PASSWORD}): that
 *   PostgreSQL is used; otherwise a container (Testcontainers) when Docker answers, else a PostgreSQL server
 *   started from the zonky binaries.</li>
 *   <li>{@code DW_TEST_CONTAINERS=always|never} forces the choice between containers and embedded.</li>
 * </ul>
 * {@link #describe()} says which mode ran; tests print it.
 */
public final class TestInfrastructure {
    private static final Logger LOG = Logger.getLogger(TestInfrastructure.class.getName());

    private static EmbeddedKafkaBroker broker;
    private static String bootstrap;
    private static EmbeddedPostgres postgres;
    private static InfraMode kafkaMode;
    private static org.testcontainers.kafka.KafkaContainer kafkaContainer;
    private static org.testcontainers.containers.PostgreSQLContainer<?> postgresContainer;
    private static Database database;

    /** A PostgreSQL to connect to. */
    public record Database(String jdbcUrl, String user, String password, String mode) {
    }

    private TestInfrastructure() {
    }

    /** The bootstrap servers of the broker, starting an embedded one when none is configured. */
    public static synchronized String kafkaBootstrapServers() {
        if (bootstrap == null) {
            kafkaMode = InfraMode.choose("KAFKA_BOOTSTRAP_SERVERS", System.getenv(), DockerProbe::reachable);
            if (kafkaMode == InfraMode.EXTERNAL) {
                bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS").trim();
            } else if (kafkaMode == InfraMode.TESTCONTAINERS) {
                kafkaContainer = new org.testcontainers.kafka.KafkaContainer("apache/kafka-native:3.8.0")
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                        .withEnv("KAFKA_MESSAGE_MAX_BYTES", "52428800");
                kafkaContainer.start();
                bootstrap = kafkaContainer.getBootstrapServers();
                Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopBroker));
            } else {
                broker = new EmbeddedKafkaBroker()
                        .withNodeId(0)
                        .withKafkaPort(freePort())
                        .withControllerPort(freePort())
                        .withDeleteLogDirsOnClose(true)
                        .withAdditionalProperties(p -> {
                            p.put("num.partitions", "3");
                            p.put("auto.create.topics.enable", "true");
                            p.put("group.initial.rebalance.delay.ms", "0");
                            p.put("offsets.topic.num.partitions", "3");
                        })
                        .start();
                bootstrap = broker.getAdvertisedListeners();
                Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopBroker));
            }
            createTopics(bootstrap);
            LOG.info(() -> "test broker: " + describeKafka());
        }
        return bootstrap;
    }

    /** The database, starting an embedded PostgreSQL when none is configured. */
    public static synchronized Database database() {
        if (database == null) {
            InfraMode mode = InfraMode.choose("DW_TEST_JDBC_URL", System.getenv(), DockerProbe::reachable);
            if (mode == InfraMode.EXTERNAL) {
                database = new Database(System.getenv("DW_TEST_JDBC_URL"), env("DW_TEST_JDBC_USER", "postgres"),
                        env("DW_TEST_JDBC_PASSWORD", ""), "external PostgreSQL from DW_TEST_JDBC_URL");
            } else if (mode == InfraMode.TESTCONTAINERS) {
                postgresContainer = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:17-alpine");
                postgresContainer.start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopPostgres));
                database = new Database(postgresContainer.getJdbcUrl(), postgresContainer.getUsername(),
                        postgresContainer.getPassword(), "PostgreSQL in a container (Testcontainers) at "
                        + postgresContainer.getJdbcUrl());
            } else {
                try {
                    postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
                }
                database = new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                        "embedded PostgreSQL (zonky) on port " + postgres.getPort());
                Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopPostgres));
            }
            LOG.info(() -> "test database: " + database.mode());
        }
        return database;
    }

    /** Which broker and database the tests use, for the test log. */
    public static synchronized String describe() {
        return "kafka: " + describeKafka() + "; postgres: " + (database == null ? "not started" : database.mode());
    }

    private static String describeKafka() {
        if (bootstrap == null) {
            return "not started";
        }
        return switch (kafkaMode == null ? InfraMode.EXTERNAL : kafkaMode) {
            case EMBEDDED -> "embedded KRaft broker at " + bootstrap;
            case TESTCONTAINERS -> "KRaft broker in a container (Testcontainers) at " + bootstrap;
            case EXTERNAL -> "external broker at " + bootstrap;
        };
    }

    /** Creates every pipeline topic (3 partitions) so that consumers and assertions never race topic creation. */
    public static void createTopics(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (Map.Entry<String, String> t : Topics.all().entrySet()) {
                if (existing.contains(t.getValue())) {
                    continue;
                }
                NewTopic topic = new NewTopic(t.getValue(), 3, (short) 1);
                if (t.getKey().equals("fetch-state")) {
                    topic.configs(Map.of("cleanup.policy", "compact"));
                } else if (t.getKey().startsWith("documents") || t.getKey().equals("reparse")) {
                    // whole documents (PDF attachments) travel on these topics (re-reads too), as in deploy/k8s
                    topic.configs(Map.of("max.message.bytes", "52428800"));
                }
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            long until = System.currentTimeMillis() + 30_000;
            while (!admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(Topics.all().values())) {
                if (System.currentTimeMillis() > until) {
                    throw new IllegalStateException("topics not visible after 30 s");
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers, e);
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static synchronized void stopBroker() {
        if (kafkaContainer != null) {
            kafkaContainer.stop();
            kafkaContainer = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    private static synchronized void stopPostgres() {
        if (postgresContainer != null) {
            postgresContainer.stop();
            postgresContainer = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warning("embedded PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
    }
}
