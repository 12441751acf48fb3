package org.disclosurewatch.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local stack's PostgreSQL (zonky binaries), durable: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on (the embedded defaults turn them off, which loses committed reports when
 * PostgreSQL is killed), data kept in the stack's work directory across runs and restarts.
 */
public final class LocalPostgres implements StackPart {
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    public LocalPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public LocalPostgres start() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off; later settings win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .start();
        return this;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "postgres";
    }

    /** The postmaster's pid, from {@code postmaster.pid} in the data directory; -1 when not running. */
    @Override
    public long pid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isAlive() {
        long pid = pid();
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void restart() throws IOException {
        closeQuietly();
        start();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.out.println("while stopping PostgreSQL: " + e);
            }
            postgres = null;
        }
    }
}
