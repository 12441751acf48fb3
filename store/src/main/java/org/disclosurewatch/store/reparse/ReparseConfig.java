package org.disclosurewatch.store.reparse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of reparse runs (prefix {@code dw.store.reparse}). */
@ConfigMapping(prefix = "dw.store.reparse")
public interface ReparseConfig {
    /**
     * Originals sent to the parser per second, on average, unless a run asks for another rate. The default (2/s)
     * keeps a run to a fraction of one parse worker's throughput, so live ingestion is never starved (the parser
     * also reads re-reads on one worker at most).
     */
    @WithDefault("2")
    double ratePerSecond();

    /** The highest rate a run may ask for. */
    @WithDefault("20")
    double maxRatePerSecond();

    /** The most versions one run selects; a larger selection is refused (narrow it with the filters). */
    @WithDefault("100000")
    int maxVersions();
}
