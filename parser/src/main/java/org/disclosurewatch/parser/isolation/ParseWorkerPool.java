package org.disclosurewatch.parser.isolation;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentHints;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.DocumentParser;
import org.disclosurewatch.parser.ParserUnavailableException;
import org.disclosurewatch.parser.ReportParser;
import org.disclosurewatch.parser.isolation.WorkerProcess.Outcome;
import org.disclosurewatch.parser.isolation.WorkerProtocol.Request;
import org.jboss.logging.Logger;

/**
 * Parses documents in a pool of long-lived worker processes (see {@link ParseWorker}), each with its own small
 * heap, so that no document can take more than the time limit or the memory budget, whatever happens inside
 * PDFBox, POI or jsoup: a worker that overruns is killed, one that runs out of memory ends itself, and either
 * is replaced in the background while the others go on. The document gets a permanent reason
 * ({@code parse exceeded 30 s}, {@code parse exceeded 256 MB}). Thread-safe; at most {@code workers}
 * documents are parsed at a time, other callers wait for a free worker.
 */
public final class ParseWorkerPool implements DocumentParser, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ParseWorkerPool.class);
    /** How long a caller of {@link #parse(byte[], String, String)} waits for a free worker. */
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final PoolSettings settings;
    private final List<String> command;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Map<WorkerProcess, Long> busySince = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final ExecutorService starter;
    private final AtomicInteger starting = new AtomicInteger();
    private final AtomicInteger consecutiveStartFailures = new AtomicInteger();
    private final AtomicReference<String> lastStartFailure = new AtomicReference<>();
    private final AtomicLong replaced = new AtomicLong();
    private volatile boolean closed;

    public ParseWorkerPool(PoolSettings settings) {
        this.settings = settings;
        try {
            this.command = WorkerCommand.of(settings);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the parse worker command: " + e.getMessage(), e);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("dw-parse-watchdog"));
        this.starter = Executors.newCachedThreadPool(daemon("dw-parse-worker-start"));
        for (int i = 0; i < settings.workers(); i++) {
            startWorker();
        }
    }

    public PoolSettings settings() {
        return settings;
    }

    @Override
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl) throws DocumentParseException {
        return parse(content, contentTypeHint, sourceUrl, DocumentHints.NONE, DEFAULT_WAIT);
    }

    @Override
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl, DocumentHints hints)
            throws DocumentParseException {
        return parse(content, contentTypeHint, sourceUrl, hints, DEFAULT_WAIT);
    }

    /** {@link #parse(byte[], String, String, DocumentHints, Duration)} without hints. */
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl, Duration wait)
            throws DocumentParseException {
        return parse(content, contentTypeHint, sourceUrl, DocumentHints.NONE, wait);
    }

    /**
     * Parses one document in a worker.
     *
     * @param wait how long to wait for a free worker
     * @throws DocumentParseException      the document cannot be read (permanent)
     * @throws ParserUnavailableException no worker became free within {@code wait} (transient)
     */
    public AnnualReport parse(byte[] content, String contentTypeHint, String sourceUrl, DocumentHints hints,
                              Duration wait) throws DocumentParseException {
        ReportParser.admit(content, settings.limits());
        WorkerProcess worker = acquire(wait);
        busySince.put(worker, System.nanoTime());
        Outcome outcome;
        try {
            outcome = worker.parse(new Request(content, contentTypeHint, sourceUrl, hints.charset(), hints.agency()), settings.hardLimit(), settings.ocrHardLimit(), timer);
        } finally {
            busySince.remove(worker);
            release(worker);
        }
        if (outcome instanceof Outcome.Answered a) {
            if (!a.response().isParsed()) {
                throw new DocumentParseException(a.response().reason());
            }
            try {
                return Json.mapper().readValue(a.response().body(), AnnualReport.class);
            } catch (IOException e) {
                throw new IllegalStateException("a parse worker answered a report that cannot be read", e);
            }
        }
        if (outcome instanceof Outcome.Overran o) {
            Duration limit = o.ocr() ? settings.ocrHardLimit() : settings.hardLimit();
            LOG.warnf("parse worker %d killed: %s exceeded %s%s", worker.pid(), sourceUrl, limit, o.ocr() ? " (OCR)" : "");
            throw new DocumentParseException(o.ocr()
                    ? Deadline.exceeded(settings.limits().maxOcrTime())
                        + " while reading the scan by OCR: too many or too large pages; its parse was stopped"
                    : Deadline.exceeded(settings.limits().maxTime())
                        + ": the document is too large or too complex; its parse was stopped");
        }
        if (outcome instanceof Outcome.OutOfMemory) {
            LOG.warnf("parse worker %d ran out of memory on %s", worker.pid(), sourceUrl);
            throw new DocumentParseException(settings.memoryExceeded()
                    + ": the document needs more memory than a parse may use");
        }
        String how = ((Outcome.Died) outcome).how();
        LOG.warnf("parse worker %d ended (%s) on %s", worker.pid(), how, sourceUrl);
        throw new DocumentParseException("the parse of this document ended its worker process (" + how + ")");
    }

    private WorkerProcess acquire(Duration wait) {
        if (closed) {
            throw new ParserUnavailableException("the parser is shutting down");
        }
        try {
            WorkerProcess w = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (w == null) {
                String failure = lastStartFailure.get();
                throw new ParserUnavailableException("no parse worker became free within " + wait.toSeconds() + " s"
                        + (failure != null && consecutiveStartFailures.get() > 0 ? "; " + failure : ""));
            }
            return w;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParserUnavailableException("interrupted while waiting for a parse worker", e);
        }
    }

    private void release(WorkerProcess w) {
        if (!closed && w.usable()) {
            idle.offer(w);
            return;
        }
        w.kill();
        if (!closed) {
            replaced.incrementAndGet();
            startWorker();
        } else {
            w.stop();
        }
    }

    /** Starts one worker in the background, retrying with growing pauses until it runs or the pool closes. */
    private void startWorker() {
        starting.incrementAndGet();
        starter.execute(() -> {
            long backoff = 500;
            try {
                while (!closed) {
                    try {
                        WorkerProcess w = WorkerProcess.start(command, settings.startTimeout(), timer);
                        consecutiveStartFailures.set(0);
                        if (closed) {
                            w.stop();
                        } else {
                            idle.offer(w);
                        }
                        return;
                    } catch (IOException e) {
                        consecutiveStartFailures.incrementAndGet();
                        lastStartFailure.set(e.getMessage());
                        LOG.errorf("cannot start a parse worker: %s; retrying in %d ms", e.getMessage(), backoff);
                        Thread.sleep(backoff);
                        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                starting.decrementAndGet();
            }
        });
    }

    /** A snapshot of the pool for health checks and metrics. */
    public Status status() {
        long now = System.nanoTime();
        long longest = busySince.values().stream().mapToLong(t -> now - t).max().orElse(0);
        return new Status(settings.workers(), idle.size(), busySince.size(), starting.get(),
                consecutiveStartFailures.get(), lastStartFailure.get(), replaced.get(), Duration.ofNanos(longest));
    }

    /**
     * @param workers                   configured workers
     * @param idle                      workers waiting for a document
     * @param busy                      workers parsing
     * @param starting                  workers being started
     * @param consecutiveStartFailures  failed starts since the last successful one
     * @param lastStartFailure          why the last start failed, or null
     * @param replaced                  workers replaced after a kill or crash since the pool started
     * @param longestParse              how long the longest parse in progress has run
     */
    public record Status(int workers, int idle, int busy, int starting, int consecutiveStartFailures,
                         String lastStartFailure, long replaced, Duration longestParse) {
    }

    @Override
    public void close() {
        closed = true;
        WorkerProcess w;
        while ((w = idle.poll()) != null) {
            w.stop();
        }
        busySince.keySet().forEach(WorkerProcess::kill);
        starter.shutdownNow();
        timer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
