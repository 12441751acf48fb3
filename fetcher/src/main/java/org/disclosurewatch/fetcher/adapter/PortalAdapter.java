package org.disclosurewatch.fetcher.adapter;

import java.net.URI;

/**
 * One CMS family: its name (what catalogue entries say in {@code adapter:}), its reading rules, and how to
 * tell its pages. Reading itself is the same for every family ({@link PortalReader}); a new family is one
 * small implementation registered in {@code FetcherBeans}.
 */
public interface PortalAdapter {

    /** The name catalogue entries use. */
    String name();

    /** The family's reading rules. */
    AdapterRules rules();

    /** How strongly a listing page looks like this family (0: not at all), to pick an adapter for a bare URL. */
    default int recognises(URI url, String html) {
        return 0;
    }
}
