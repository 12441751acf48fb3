package org.disclosurewatch.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service declares about itself: its application.properties (default profile, ${...} resolved against
 * contracts' topic names), the Quarkus extensions in its pom, the property names of its {@code @ConfigMapping}
 * interfaces, and the text of its main sources (to find metric names).
 */
record ServiceConfig(String name, Map<String, String> properties, Set<String> dependencies,
                     Set<String> mappedProperties, String sources) {

    /** A Kafka consumer of the service. */
    record Consumer(String service, String group, String topic, String offsetReset) {
    }

    private static final Pattern REF = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    /** Reads a service module. */
    static ServiceConfig read(Path module, Map<String, String> contracts) {
        Map<String, String> raw = properties(module.resolve("src/main/resources/application.properties"));
        Map<String, String> resolved = new HashMap<>();
        raw.forEach((k, v) -> {
            if (!k.startsWith("%")) {
                resolved.put(k, resolve(v, raw, contracts));
            }
        });
        Set<String> deps = new HashSet<>();
        Matcher m = ARTIFACT.matcher(read(module.resolve("pom.xml")));
        while (m.find()) {
            deps.add(m.group(1));
        }
        StringBuilder src = new StringBuilder();
        Set<String> mapped = new HashSet<>();
        Path java = module.resolve("src/main/java");
        if (Files.isDirectory(java)) {
            try (Stream<Path> files = Files.walk(java)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = read(f);
                    src.append(text).append('\n');
                    mapped.addAll(ConfigMappingNames.of(text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServiceConfig(module.getFileName().toString(), resolved, deps, mapped, src.toString());
    }

    /** The topic names of contracts' microprofile-config.properties (keys dw.topics.*). */
    static Map<String, String> contractTopics(Path repo) {
        Map<String, String> topics = new HashMap<>();
        properties(repo.resolve("contracts/src/main/resources/META-INF/microprofile-config.properties"))
                .forEach((k, v) -> {
                    if (k.startsWith("dw.topics.")) {
                        topics.put(k, v);
                    }
                });
        return topics;
    }

    /** The consumers declared by incoming channels ({@code mp.messaging.incoming.<channel>.group.id}). */
    List<Consumer> channelConsumers() {
        List<Consumer> out = new ArrayList<>();
        String prefix = "mp.messaging.incoming.";
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(".group.id")) {
                String channel = k.substring(prefix.length(), k.length() - ".group.id".length());
                String topic = properties.getOrDefault(prefix + channel + ".topic", channel);
                String reset = properties.getOrDefault(prefix + channel + ".auto.offset.reset", "latest");
                out.add(new Consumer(name, v, topic, reset));
            }
        });
        return out;
    }

    /** Topics written by outgoing channels, with the largest request each producer sends (-1 when unset). */
    Map<String, Long> producedTopics() {
        Map<String, Long> out = new HashMap<>();
        String prefix = "mp.messaging.outgoing.";
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(".topic")) {
                String channel = k.substring(prefix.length(), k.length() - ".topic".length());
                out.put(v, Long.parseLong(properties.getOrDefault(prefix + channel + ".max.request.size", "-1")));
            }
        });
        return out;
    }

    boolean hasExtension(String artifactId) {
        return dependencies.contains(artifactId);
    }

    /** Every property name the service knows: its properties file and its configuration mappings. */
    Set<String> knownProperties() {
        Set<String> all = new HashSet<>(properties.keySet());
        all.addAll(mappedProperties);
        return all;
    }

    static String resolve(String value, Map<String, String> own, Map<String, String> contracts) {
        String v = value;
        for (int i = 0; i < 10; i++) {
            Matcher m = REF.matcher(v);
            if (!m.find()) {
                return v;
            }
            String key = m.group(1);
            String repl = own.containsKey(key) ? own.get(key)
                    : contracts.containsKey(key) ? contracts.get(key)
                    : m.group(2) != null ? m.group(2) : "<unresolved " + key + ">";
            v = v.substring(0, m.start()) + repl + v.substring(m.end());
        }
        return v;
    }

    static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
