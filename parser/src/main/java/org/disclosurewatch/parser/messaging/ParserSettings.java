package org.disclosurewatch.parser.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.isolation.PoolSettings;

/** The parser service's settings (prefix {@code dw.parser}). */
@ConfigMapping(prefix = "dw.parser")
public interface ParserSettings {
    /** Largest document accepted, in bytes; larger ones are dead-lettered as too large. */
    @WithDefault("20971520")
    long maxBytes();

    /** Most pages a PDF may have. */
    @WithDefault("300")
    int maxPdfPages();

    /** Most bytes a DOCX may inflate to, summed over its parts (zip-bomb guard). */
    @WithDefault("104857600")
    long maxDocxUncompressedBytes();

    /** Longest time one document may take to parse; its worker is killed {@link #killGrace()} later. */
    @WithDefault("30s")
    Duration maxTime();

    /**
     * Longest time the parse of a document read by OCR (a scanned PDF, a PNG/JPEG/TIFF image) may take, from
     * its start; its worker says so when OCR begins and is killed {@link #killGrace()} after this instead.
     */
    @WithDefault("180s")
    Duration maxOcrTime();

    /** Most pages of a scan read by OCR; later pages are not read (a diagnostic says so). */
    @WithDefault("20")
    int maxOcrPages();

    /**
     * Parse worker processes, each parsing one document at a time: the most documents parsed at once (the
     * Kafka consumer's concurrency, {@code smallrye.messaging.worker.dw-parse.max-concurrency}, follows it).
     */
    @WithDefault("2")
    int workers();

    /** Heap of each parse worker in MB; a document that needs more is dead-lettered as over budget. */
    @WithDefault("256")
    int workerHeapMb();

    /** How long after {@link #maxTime()} a worker that has not answered is killed. */
    @WithDefault("1s")
    Duration killGrace();

    /** Longest time a new worker may take to start and warm up. */
    @WithDefault("60s")
    Duration workerStartTimeout();

    /**
     * The parser version recorded on every parsed report; unset: the build's project version
     * ({@code quarkus.application.version}), else the jar manifest's, else {@code unknown} ({@link ParserVersion}).
     */
    Optional<String> version();

    /** Limits of {@code POST /api/parse}. */
    Api api();

    interface Api {
        /** Documents per second the endpoint accepts on average (over all callers); more get 429. */
        @WithDefault("5")
        double ratePerSecond();

        /** Documents accepted in a burst above the average rate. */
        @WithDefault("10")
        int burst();

        /** How long a request waits for a free parse worker before it gets 503. */
        @WithDefault("10s")
        Duration workerWait();
    }

    default ParserLimits toLimits() {
        return new ParserLimits(maxBytes(), maxPdfPages(), maxDocxUncompressedBytes(), maxTime(), maxOcrTime(),
                maxOcrPages());
    }

    default PoolSettings toPoolSettings() {
        return new PoolSettings(workers(), workerHeapMb(), toLimits(), killGrace(), workerStartTimeout(), List.of());
    }
}
