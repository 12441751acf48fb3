package org.disclosurewatch.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the store service (prefix {@code dw.store}). Deadlines are the pipeline's, under {@code dw.deadlines}
 * ({@link org.disclosurewatch.contracts.form.DeadlineConfig}), read by the validator too.
 */
@ConfigMapping(prefix = "dw.store")
public interface StoreConfig {

    /** Time zone in which "today" and deadlines are reckoned. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /**
     * Bodies expected to file every year, besides every body that filed the year before, e.g.
     * {@code dw.store.expected-filers[0].name=重庆市綦江区应急管理局},
     * {@code dw.store.expected-filers[0].level=department}, {@code dw.store.expected-filers[0].region=重庆市綦江区},
     * optional {@code dw.store.expected-filers[0].first-year=2022}.
     */
    Optional<List<Filer>> expectedFilers();

    /** The missing-filing check. */
    MissingCheck missingCheck();

    /** The copied-narrative check. */
    CopiedNarrative copiedNarrative();

    /** The ingestion-lag panel. */
    Lag lag();

    /** A body expected to file. */
    interface Filer {
        /** Full name as reports print it. */
        String name();

        /** government, department or township. */
        String level();

        /** The region it belongs to. */
        String region();

        /** First report year it is expected to file; defaults to {@code dw.store.missing-check.first-year}. */
        Optional<Integer> firstYear();
    }

    interface MissingCheck {
        /** How often the scheduled check runs (a Quarkus duration such as {@code 1h}; {@code off} disables it). */
        @WithDefault("1h")
        String every();

        /** No report before this year is looked for. */
        @WithDefault("2021")
        int firstYear();
    }

    interface CopiedNarrative {
        /**
         * Jaccard similarity of part-1 character shingles at or above which part 1 counts as a copy of last
         * year's (digits are ignored, so a copy with new numbers still counts).
         */
        @WithDefault("0.9")
        double threshold();

        /** Characters per shingle. */
        @WithDefault("3")
        int shingleSize();

        /** Narratives shorter than this (letters, after normalising) are not compared. */
        @WithDefault("40")
        int minimumLength();
    }

    interface Lag {
        /** Consumer groups shown, each with the topic it reads, {@code group=topic key}. */
        @WithDefault("dw-fetcher=crawl-work,dw-parser=documents,dw-validator=parsed,dw-store=validated")
        List<String> stages();

        /** How long a broker query may take before the panel shows the stage as unknown. */
        @WithDefault("5s")
        Duration timeout();

        /**
         * How long a measurement of the consumer groups is shown again before a view asks the broker anew (the
         * dashboard is viewed far more often than the lag moves).
         */
        @WithDefault("5s")
        Duration maxAge();

        /** How often consumed offsets are sampled for the throughput of the last hour. */
        @WithDefault("1m")
        String sampleEvery();
    }
}
