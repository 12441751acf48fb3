package org.disclosurewatch.devstack.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.disclosurewatch.parser.isolation.PoolSettings;

/**
 * The machine's own limit beside a load run: the run's documents read by the parser alone — the service's
 * supervised parse workers (as many as the machine has cores, each busy all the time), no broker, no other
 * service, once their JIT is warm. The pipeline end to end cannot go faster than this on the same machine.
 */
public final class ParserAlone {
    private ParserAlone() {
    }

    /** Passes over the documents at most, the timed one included. */
    static final int MAX_PASSES = 8;
    /** A pass less than this much faster than the one before counts as warm. */
    static final double WARM_GAIN = 0.05;

    /**
     * Documents per second the parse workers read once warm, or null when a document failed. The workers are
     * new processes: their JIT compiles as they read, so the documents are read again and again until a pass
     * is no longer clearly faster than the one before (at most {@link #MAX_PASSES}); the last pass is the rate.
     */
    public static Double measure(List<LoadRun.Doc> docs, int workers, PrintStream out) {
        try (ParseWorkerPool pool = new ParseWorkerPool(PoolSettings.of(workers, 256, ParserLimits.defaults()))) {
            List<Double> rates = new ArrayList<>();
            while (rates.size() < MAX_PASSES && !warm(rates)) {
                long start = System.nanoTime();
                int failed = run(pool, docs, workers);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (failed > 0) {
                    out.printf("parser alone: %d of %d documents not parsed; not measured%n", failed, docs.size());
                    return null;
                }
                rates.add(docs.size() / seconds);
            }
            out.printf("parser alone: %d passes over %d documents, documents/s per pass %s%n", rates.size(), docs.size(),
                    rates.stream().map(r -> String.format(java.util.Locale.ROOT, "%.1f", r)).toList());
            return rates.get(rates.size() - 1);
        } catch (Exception e) {
            out.println("parser alone: not measured (" + e + ")");
            return null;
        }
    }

    /** Whether the last pass gained less than {@link #WARM_GAIN} over the one before. */
    static boolean warm(List<Double> rates) {
        int n = rates.size();
        return n >= 2 && rates.get(n - 1) < rates.get(n - 2) * (1 + WARM_GAIN);
    }

    private static int run(ParseWorkerPool pool, List<LoadRun.Doc> docs, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(executor.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        LoadRun.Doc d = docs.get(i);
                        try {
                            pool.parse(d.content(), d.contentType(), d.url());
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            executor.shutdownNow();
        }
        return failed.get();
    }
}
