package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The adapters this build ships, by name. */
public final class Adapters {
    private Adapters() {
    }

    public static List<PortalAdapter> shipped() {
        return List.of(new DistrictCmsAdapter(), new TrsWcmAdapter(), new HanwebAdapter(), new EpointAdapter(),
                new GenericAdapter());
    }

    public static Map<String, PortalAdapter> byName(List<PortalAdapter> adapters) {
        Map<String, PortalAdapter> m = new LinkedHashMap<>();
        adapters.forEach(a -> m.put(a.name(), a));
        return Map.copyOf(m);
    }

    /** The adapter whose family a listing page looks most like; {@code generic} when none recognises it. */
    public static PortalAdapter recognise(Map<String, PortalAdapter> adapters, URI url, String html) {
        PortalAdapter best = adapters.getOrDefault(GenericAdapter.NAME, new GenericAdapter());
        int score = 0;
        for (PortalAdapter a : adapters.values()) {
            int s = a.recognises(url, html);
            if (s > score) {
                best = a;
                score = s;
            }
        }
        return best;
    }
}
