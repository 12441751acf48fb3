package org.disclosurewatch.fetcher.adapter;

/** Any other portal (home-grown systems, 政府信息公开平台/目录 systems): every known label, meta name and URL date. */
public final class GenericAdapter implements PortalAdapter {
    public static final String NAME = "generic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AdapterRules rules() {
        return AdapterRules.defaults();
    }
}
