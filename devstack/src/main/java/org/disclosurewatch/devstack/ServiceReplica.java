package org.disclosurewatch.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.disclosurewatch.devstack.ServiceProcess.Service;

/** One replica of a service as a part of the stack: its own JVM, HTTP port, client ids and group instance id. */
public final class ServiceReplica implements StackPart {
    private final Path root;
    private final Service service;
    private final int replica;
    private final int port;
    private final Map<String, String> config;
    private final Path logDir;
    private final String marker;
    private volatile ChildProcess process;

    public ServiceReplica(Path root, Service service, int replica, int port, Map<String, String> config, Path logDir,
                          String marker) {
        this.root = root;
        this.service = service;
        this.replica = replica;
        this.port = port;
        this.config = Map.copyOf(config);
        this.logDir = logDir;
        this.marker = marker;
    }

    /** Starts the replica and waits until it is ready. */
    public ServiceReplica start(int readySeconds) throws IOException, InterruptedException {
        process = ServiceProcess.launch(root, service, replica, port, config, logDir, marker);
        process.awaitHttpOk(url() + "/q/health/ready", readySeconds);
        return this;
    }

    public Service service() {
        return service;
    }

    public int replica() {
        return replica;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String name() {
        return ServiceProcess.replicaName(service, replica);
    }

    @Override
    public boolean isAlive() {
        ChildProcess p = process;
        return p != null && p.isAlive();
    }

    @Override
    public long pid() {
        ChildProcess p = process;
        return p != null && p.isAlive() ? p.pid() : -1;
    }

    /** Starts it again without waiting for readiness (it catches up from its group's committed offsets). */
    @Override
    public void restart() throws IOException {
        close();
        process = ServiceProcess.launch(root, service, replica, port, config, logDir, marker);
    }

    @Override
    public void close() {
        ChildProcess p = process;
        if (p != null) {
            p.stop();
        }
    }
}
