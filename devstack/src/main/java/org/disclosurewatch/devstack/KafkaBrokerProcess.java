package org.disclosurewatch.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A standalone Kafka broker (KRaft, combined broker and controller) run as its own JVM from the
 * {@code kafka_2.13} jars on this module's class path. Its data lives under the stack's work directory.
 */
public final class KafkaBrokerProcess implements StackPart {
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    public KafkaBrokerProcess(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public KafkaBrokerProcess start() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        Path props = dir.resolve("server.properties");
        Files.writeString(props, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "message.max.bytes=52428800",
                "replica.fetch.max.bytes=52428800",
                "") + "\n");
        if (!Files.exists(data.resolve("meta.properties"))) {
            List<String> format = javaCommand("kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", props.toAbsolutePath().toString(), "--ignore-formatted");
            ChildProcess formatter = ChildProcess.start("kafka-format", format, dir.resolve("format.log"), java.util.Map.of());
            int rc = formatter.waitFor(120);
            if (rc != 0) {
                throw new IOException("formatting Kafka storage failed (exit " + rc + "), see " + dir.resolve("format.log"));
            }
        }
        process = ChildProcess.start("kafka", javaCommand("kafka.Kafka", props.toAbsolutePath().toString()),
                dir.resolve("kafka.log"), java.util.Map.of());
        ChildProcess.awaitPort("127.0.0.1", port, 120, process);
        return this;
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public long pid() {
        return isAlive() ? process.pid() : -1;
    }

    @Override
    public void restart() throws IOException, InterruptedException {
        close();
        start();
    }

    private static String clusterId() {
        // a Kafka cluster id is 16 random bytes in URL-safe base64 without padding
        UUID u = UUID.randomUUID();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildProcess.javaExecutable());
        cmd.add("-Xmx512m");
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        cmd.add("-Ddw.stack.marker=" + System.getProperty("dw.stack.marker", "dw"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop();
        }
    }
}
