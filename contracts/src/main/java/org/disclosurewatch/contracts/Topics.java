package org.disclosurewatch.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Topic names, read from {@code META-INF/microprofile-config.properties} of this module, the one place
 * where they are defined. Quarkus services refer to the same keys from their channel configuration.
 */
public final class Topics {
    public static final String CONFIG_RESOURCE = "META-INF/microprofile-config.properties";
    public static final String PREFIX = "dw.topics.";

    private static final Map<String, String> BY_KEY = load();

    public static final String DOCUMENTS = get("documents");
    public static final String PARSED = get("parsed");
    public static final String VALIDATED = get("validated");
    public static final String ALERTS = get("alerts");
    public static final String CRAWL_WORK = get("crawl-work");
    public static final String FETCH_STATE = get("fetch-state");
    public static final String REPARSE = get("reparse");
    public static final String AVAILABILITY = get("availability");
    public static final String DOCUMENTS_DLQ = get("documents-dlq");
    public static final String PARSED_DLQ = get("parsed-dlq");
    public static final String VALIDATED_DLQ = get("validated-dlq");
    public static final String CRAWL_WORK_DLQ = get("crawl-work-dlq");
    public static final String AVAILABILITY_DLQ = get("availability-dlq");

    private Topics() {
    }

    /** Every topic, by its short key ("documents", "parsed-dlq", ...). */
    public static Map<String, String> all() {
        return BY_KEY;
    }

    public static String get(String shortKey) {
        String name = BY_KEY.get(shortKey);
        if (name == null) {
            throw new IllegalArgumentException("no topic " + PREFIX + shortKey + " in " + CONFIG_RESOURCE);
        }
        return name;
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = Topics.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG_RESOURCE + " missing from the contracts module");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> topics = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                topics.put(name.substring(PREFIX.length()), p.getProperty(name).trim());
            }
        }
        return Map.copyOf(topics);
    }
}
