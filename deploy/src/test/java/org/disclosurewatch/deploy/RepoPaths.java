package org.disclosurewatch.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's modules are, seen from the deploy module's tests. */
final class RepoPaths {

    private RepoPaths() {
    }

    /** The repository root: the nearest directory upwards that holds both contracts and deploy. */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("contracts")) && Files.isDirectory(p.resolve("deploy/k8s"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    static Path dashboard() {
        return root().resolve("deploy/grafana/disclosure-watch.json");
    }
}
