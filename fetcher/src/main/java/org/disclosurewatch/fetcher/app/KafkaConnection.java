package org.disclosurewatch.fetcher.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The connection settings of the fetcher's own Kafka clients (crawl-work consumer, fetch-state log), taken
 * from the same {@code kafka.*} configuration the SmallRye channels use: bootstrap servers, security protocol,
 * {@code sasl.*}, {@code ssl.*} and DNS lookup — so a TLS or SASL listener works for them too.
 */
public final class KafkaConnection {
    static final String PREFIX = "kafka.";

    private KafkaConnection() {
    }

    /** The Kafka client settings among {@code names}, without their {@code kafka.} prefix. */
    public static Map<String, String> select(Iterable<String> names, Function<String, String> value) {
        Map<String, String> out = new TreeMap<>();
        for (String name : names) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.equals("client.dns.lookup")
                    || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                String v = value.apply(name);
                if (v != null && !v.isBlank()) {
                    out.put(key, v);
                }
            }
        }
        return out;
    }
}
