package org.disclosurewatch.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The overlays built once per test run, and the configuration they are checked against. */
final class Overlays {

    static final List<String> NAMES = List.of("test", "production");

    private static final Map<String, KustomizeBuild> BUILDS = new ConcurrentHashMap<>();
    private static final Map<String, List<ObjectNode>> RESOURCES = new ConcurrentHashMap<>();
    private static Pipeline pipeline;

    private Overlays() {
    }

    /** A fresh deep copy of an overlay's resources, free to be changed by a test. */
    static synchronized List<ObjectNode> resources(String overlay) {
        build(overlay);
        return RESOURCES.get(overlay).stream().map(ObjectNode::deepCopy).toList();
    }

    static synchronized List<String> buildProblems(String overlay) {
        build(overlay);
        return BUILDS.get(overlay).problems();
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load(RepoPaths.root());
        }
        return pipeline;
    }

    static String dashboard() {
        try {
            return Files.readString(RepoPaths.dashboard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(String overlay) {
        if (!RESOURCES.containsKey(overlay)) {
            KustomizeBuild b = new KustomizeBuild();
            RESOURCES.put(overlay, b.build(RepoPaths.overlay(overlay)));
            BUILDS.put(overlay, b);
        }
    }
}
