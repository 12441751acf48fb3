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
 * service, after one warm-up pass. The pipeline end to end cannot go faster than this on the same machine.
 */
public final class ParserAlone {
    private ParserAlone() {
    }

    /** Documents per second the parse workers read (second pass, timed), or null when a document failed. */
    public static Double measure(List<LoadRun.Doc> docs, int workers, PrintStream out) {
        try (ParseWorkerPool pool = new ParseWorkerPool(PoolSettings.of(workers, 256, ParserLimits.defaults()))) {
            run(pool, docs, workers); // warm-up: the workers' JIT, as in a running service
            long start = System.nanoTime();
            int failed = run(pool, docs, workers);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed > 0) {
                out.printf("parser alone: %d of %d documents not parsed; not measured%n", failed, docs.size());
                return null;
            }
            return docs.size() / seconds;
        } catch (Exception e) {
            out.println("parser alone: not measured (" + e + ")");
            return null;
        }
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
