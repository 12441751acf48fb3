package org.disclosurewatch.deploy;

import java.util.HashSet;
import java.util.Set;

/**
 * The management paths a service serves, from its extensions and its properties: SmallRye Health's
 * live/ready/started and Micrometer's Prometheus endpoint under the non-application root (default {@code /q}).
 */
final class HttpPaths {

    private HttpPaths() {
    }

    static Set<String> of(ServiceConfig s) {
        String root = "/" + strip(s.properties().getOrDefault("quarkus.http.non-application-root-path", "q"));
        Set<String> paths = new HashSet<>();
        if (s.hasExtension("quarkus-smallrye-health")) {
            String health = root + "/" + strip(s.properties().getOrDefault("quarkus.smallrye-health.root-path", "health"));
            paths.add(health);
            paths.add(health + "/" + strip(s.properties().getOrDefault("quarkus.smallrye-health.liveness-path", "live")));
            paths.add(health + "/" + strip(s.properties().getOrDefault("quarkus.smallrye-health.readiness-path", "ready")));
            paths.add(health + "/" + strip(s.properties().getOrDefault("quarkus.smallrye-health.startup-path", "started")));
        }
        if (s.hasExtension("quarkus-micrometer-registry-prometheus")) {
            paths.add(root + "/" + strip(s.properties().getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics")));
        }
        return paths;
    }

    private static String strip(String p) {
        return p.replaceAll("^/+|/+$", "");
    }
}
