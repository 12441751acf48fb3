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
        FETCHER("fetcher", 8081),
        PARSER("parser", 8082),
        VALIDATOR("validator", 8083),
        STORE("store", 8080);

        public final String module;
        public final int defaultPort;

        Service(String module, int defaultPort) {
            this.module = module;
            this.defaultPort = defaultPort;
        }
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
        Path jar = runnerJar(projectRoot, service);
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        Map<String, String> props = new TreeMap<>(config);
        props.put("quarkus.http.port", String.valueOf(port));
        // the local stack is reachable from this machine only
        props.putIfAbsent("quarkus.http.host", "127.0.0.1");
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildProcess.javaExecutable());
        cmd.add("-Xmx384m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Ddw.stack.marker=" + marker);
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        ChildProcess p = ChildProcess.start(service.module, cmd, logDir.resolve(service.module + ".log"), Map.of());
        p.awaitHttpOk("http://127.0.0.1:" + port + "/q/health/ready", readySeconds);
        return p;
    }
}
