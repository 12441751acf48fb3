package org.disclosurewatch.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One of the pipeline's services, started from its packaged Quarkus application as its own JVM. */
public final class ServiceProcess {
    /** The four services, with the HTTP port each listens on in the local stack. */
    public enum Service {
        FETCHER("fetcher", 8081, List.of(), List.of("documents", "crawl-work", "availability")),
        PARSER("parser", 8082, List.of("documents"), List.of("parsed")),
        VALIDATOR("validator", 8083, List.of("parsed"), List.of("validated", "alerts")),
        STORE("store", 8080, List.of("validated", "availability"), List.of("alerts"));

        public final String module;
        public final int defaultPort;
        /** Its SmallRye Kafka channels, for per-replica client ids and static group membership. */
        public final List<String> incoming;
        public final List<String> outgoing;

        Service(String module, int defaultPort, List<String> incoming, List<String> outgoing) {
            this.module = module;
            this.defaultPort = defaultPort;
            this.incoming = incoming;
            this.outgoing = outgoing;
        }

        /** The HTTP port of replica {@code n} (1-based) in the local stack: 8082, 8182, 8282, … */
        public int port(int replica) {
            return defaultPort + 100 * (replica - 1);
        }

        /**
         * The Kafka settings that tell replica {@code n} apart: its own {@code client.id} per channel, and a
         * stable {@code group.instance.id} (static membership), so that a replica killed and started again
         * gets its partitions back at once instead of after the session timeout.
         */
        public Map<String, String> replicaConfig(int replica) {
            Map<String, String> c = new TreeMap<>();
            String id = module + "-" + replica;
            for (String ch : incoming) {
                c.put("mp.messaging.incoming." + ch + ".client.id", "dw-" + id + "-" + ch);
                c.put("mp.messaging.incoming." + ch + ".group.instance.id", id);
                c.put("mp.messaging.incoming." + ch + ".dead-letter-queue.producer-client-id", "dw-" + id + "-" + ch + "-dlq");
            }
            for (String ch : outgoing) {
                c.put("mp.messaging.outgoing." + ch + ".client.id", "dw-" + id + "-" + ch);
            }
            if (this == FETCHER) {
                c.put("dw.fetcher.worker.client-id", "dw-" + id + "-crawl-work");
                c.put("dw.fetcher.worker.group-instance-id", id);
            }
            return c;
        }
    }

    /**
     * JVM options of a service in the local stack: full JIT (C2: the services run for long), a heap sized
     * for one service of a small machine with a young generation that holds a whole poll's records (a smaller
     * one promoted them and made the old generation collect again and again), and the serial collector (least
     * memory beside the heap).
     */
    public static List<String> jvmOptions(Service service) {
        return List.of("-Xms64m", "-Xmx192m", "-Xmn64m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=160m", "-Xss512k");
    }

    /**
     * Environment of a service (and of the parser's workers, which inherit it): glibc's allocator keeps two
     * arenas instead of eight per core, so the native memory of a JVM's many threads stays small.
     */
    public static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    private ServiceProcess() {
    }

    /** The runnable jar of a service in a built checkout. */
    public static Path runnerJar(Path projectRoot, Service service) {
        return projectRoot.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts a service with configuration overrides (as system properties) and waits until it is ready.
     *
     * @param marker a token added to the command line so a stop command can find strays
     */
    public static ChildProcess start(Path projectRoot, Service service, int port, Map<String, String> config,
                                     Path logDir, String marker, int readySeconds)
            throws IOException, InterruptedException {
        ChildProcess p = launch(projectRoot, service, 1, port, config, logDir, marker);
        p.awaitHttpOk("http://127.0.0.1:" + port + "/q/health/ready", readySeconds);
        return p;
    }

    /** Starts replica {@code replica} (1-based) of a service without waiting for it; its log is {@code <module>[-n].log}. */
    public static ChildProcess launch(Path projectRoot, Service service, int replica, int port, Map<String, String> config,
                                      Path logDir, String marker) throws IOException {
        Path jar = runnerJar(projectRoot, service);
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        Map<String, String> props = new TreeMap<>(service.replicaConfig(replica));
        props.putAll(config);
        props.put("quarkus.http.port", String.valueOf(port));
        // the local stack is reachable from this machine only
        props.putIfAbsent("quarkus.http.host", "127.0.0.1");
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildProcess.javaExecutable());
        cmd.addAll(jvmOptions(service));
        cmd.add("-Ddw.stack.marker=" + marker);
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        String name = replicaName(service, replica);
        return ChildProcess.start(name, cmd, logDir.resolve(name + ".log"), environment());
    }

    /** {@code parser} for the first replica, {@code parser-2} for the second, … */
    public static String replicaName(Service service, int replica) {
        return replica == 1 ? service.module : service.module + "-" + replica;
    }
}
