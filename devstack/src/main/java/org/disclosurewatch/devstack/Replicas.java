package org.disclosurewatch.devstack;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.disclosurewatch.devstack.ServiceProcess.Service;

/** How many replicas of each service the local stack runs: {@code parser=2,validator=2,store=2,fetcher=2}; one by default. */
public final class Replicas {
    /** At most this many replicas of one service (ports 8080 + 100·(n−1) must stay free of each other). */
    public static final int MAX = 9;

    private Replicas() {
    }

    public static Map<Service, Integer> parse(String spec) {
        Map<Service, Integer> out = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            out.put(s, 1);
        }
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] kv = p.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected service=count, got '" + p + "' in --replicas " + spec);
            }
            Service service;
            try {
                service = Service.valueOf(kv[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown service '" + kv[0].trim()
                        + "' in --replicas (fetcher, parser, validator, store)");
            }
            int n;
            try {
                n = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("replica count of " + kv[0].trim() + " is not a number: " + kv[1]);
            }
            if (n < 1 || n > MAX) {
                throw new IllegalArgumentException("replicas of " + kv[0].trim() + " must be 1.." + MAX + ", got " + n);
            }
            out.put(service, n);
        }
        return out;
    }
}
