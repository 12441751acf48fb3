package org.disclosurewatch.testkit.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether a Docker engine answers {@code GET /_ping}, on {@code DOCKER_HOST} or the usual socket paths. */
public final class DockerProbe {
    private DockerProbe() {
    }

    public static boolean reachable() {
        return reachable(System.getenv());
    }

    static boolean reachable(Map<String, String> env) {
        for (Object endpoint : endpoints(env)) {
            if (ping(endpoint)) {
                return true;
            }
        }
        return false;
    }

    /** Where to look: {@code DOCKER_HOST} (unix:// or tcp://) if set, else the default socket paths that exist. */
    static List<Object> endpoints(Map<String, String> env) {
        List<Object> out = new ArrayList<>();
        String host = env.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            URI uri = URI.create(host.trim());
            if ("unix".equals(uri.getScheme())) {
                out.add(Path.of(uri.getPath()));
            } else if ("tcp".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                out.add(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 2375));
            }
            return out;
        }
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/var/run/docker.sock")));
        String home = env.get("HOME");
        if (home != null) {
            candidates.add(Path.of(home, ".docker/run/docker.sock"));
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null) {
            candidates.add(Path.of(runtime, "docker.sock"));
        }
        for (Path p : candidates) {
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean ping(Object endpoint) {
        try (SocketChannel ch = endpoint instanceof Path p
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open()) {
            ch.connect(endpoint instanceof Path p ? UnixDomainSocketAddress.of(p) : (InetSocketAddress) endpoint);
            ch.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocate(512);
            ch.socket().setSoTimeout(2000);
            int n = ch.read(buf);
            String answer = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.US_ASCII);
            return answer.startsWith("HTTP/1.") && answer.contains(" 200 ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
