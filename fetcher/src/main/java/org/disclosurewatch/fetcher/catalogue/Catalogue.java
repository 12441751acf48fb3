package org.disclosurewatch.fetcher.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The validated list of portals to crawl; the only hosts the fetcher ever contacts. */
public final class Catalogue {
    private final List<Portal> portals;
    private final Map<String, List<Portal>> byHost;

    public Catalogue(List<Portal> portals) {
        this.portals = List.copyOf(portals);
        Map<String, List<Portal>> grouped = new LinkedHashMap<>();
        for (Portal p : portals) {
            for (Listing l : p.listings()) {
                List<Portal> list = grouped.computeIfAbsent(HostKey.of(l.url()), k -> new java.util.ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byHost = Map.copyOf(grouped);
    }

    public List<Portal> portals() {
        return portals;
    }

    /** Every host named by a listing. */
    public Set<String> hosts() {
        return portals.stream().flatMap(p -> p.listings().stream()).map(l -> HostKey.of(l.url()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The portals with a listing on a host. */
    public List<Portal> portalsOn(String host) {
        return byHost.getOrDefault(host, List.of());
    }

    public boolean allows(String host) {
        return byHost.containsKey(host);
    }
}
