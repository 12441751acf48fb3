package org.disclosurewatch.parser.isolation;

import java.time.Duration;
import java.util.List;
import org.disclosurewatch.parser.ParserLimits;

/**
 * How the supervised parse workers run.
 *
 * @param workers      worker processes (each parses one document at a time)
 * @param heapMegabytes each worker's heap ({@code -Xmx}); a document needing more is refused
 * @param limits       the parse limits (the time limit is enforced by killing the worker)
 * @param killGrace    how long after the time limit a worker that has not answered is killed
 * @param startTimeout longest time a new worker may take to start and warm up
 * @param jvmOptions   further JVM options for the workers
 */
public record PoolSettings(int workers, int heapMegabytes, ParserLimits limits, Duration killGrace,
                           Duration startTimeout, List<String> jvmOptions) {
    public PoolSettings {
        if (workers < 1 || heapMegabytes < 32) {
            throw new IllegalArgumentException("at least one worker with at least 32 MB of heap");
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The defaults: 2 workers of 256 MB, the default limits, killed 1 s after the time limit. */
    public static PoolSettings defaults() {
        return of(2, 256, ParserLimits.defaults());
    }

    public static PoolSettings of(int workers, int heapMegabytes, ParserLimits limits) {
        return new PoolSettings(workers, heapMegabytes, limits, Duration.ofSeconds(1), Duration.ofSeconds(60),
                List.of());
    }

    /** The wall-clock budget of one parse, after which its worker is killed. */
    public Duration hardLimit() {
        return limits.maxTime().plus(killGrace);
    }

    /** The wall-clock budget of one parse read by OCR (the worker said so), after which its worker is killed. */
    public Duration ocrHardLimit() {
        return limits.maxOcrTime().plus(killGrace);
    }

    /** The reason given for a document whose worker ran out of memory. */
    public String memoryExceeded() {
        return "parse exceeded " + heapMegabytes + " MB";
    }
}
