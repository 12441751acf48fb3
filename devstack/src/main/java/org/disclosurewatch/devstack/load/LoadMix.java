package org.disclosurewatch.devstack.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The mix of representations a load run sends, as weights: {@code html=60,text=25,docx=10,pdf=5} (the default:
 * mostly HTML and text, some DOCX and PDF).
 */
public record LoadMix(Map<String, Integer> weights) {
    public static final String DEFAULT = "html=60,text=25,docx=10,pdf=5";
    private static final java.util.Set<String> KNOWN = java.util.Set.of("html", "text", "docx", "pdf");

    public LoadMix {
        weights = Map.copyOf(weights);
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("the mix has no weight");
        }
    }

    public static LoadMix parse(String spec) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (String part : (spec == null || spec.isBlank() ? DEFAULT : spec).split(",")) {
            String[] kv = part.trim().split("=", 2);
            String name = kv[0].trim().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown representation '" + name + "' (html, text, docx, pdf)");
            }
            int weight;
            try {
                weight = kv.length == 2 ? Integer.parseInt(kv[1].trim()) : 1;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of " + name + " is not a number: " + kv[1]);
            }
            if (weight < 0) {
                throw new IllegalArgumentException("weight of " + name + " is negative");
            }
            w.put(name, weight);
        }
        return new LoadMix(w);
    }

    /** A representation drawn by weight. */
    public String pick(Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (String k : new java.util.TreeMap<>(weights).keySet()) {
            roll -= weights.get(k);
            if (roll < 0) {
                return k;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
