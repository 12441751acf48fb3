package org.disclosurewatch.parser.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.events.Reread;
import org.disclosurewatch.contracts.events.RereadRequest;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentHints;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserUnavailableException;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Kafka adapter: fetched documents in, parsed reports out (keyed by agency). Each record is parsed in a
 * supervised worker process (see {@link ParseWorkerPool}), off the event loop, as many at once as there are
 * workers; its acknowledgement therefore comes within the parse time limit plus a few seconds, however
 * hostile the document. A document that cannot be parsed (or whose bytes do not match their SHA-256) fails
 * the message, which the channel's failure strategy sends to the dead-letter topic with the reason; the
 * consumer goes on with the next record. When no worker is available the record is retried, never
 * dead-lettered.
 */
@ApplicationScoped
public class DocumentParsing {
    private static final Logger LOG = Logger.getLogger(DocumentParsing.class);
    /** The worker pool the channel's blocking work runs on; its concurrency is the number of workers. */
    static final String WORKER_POOL = "dw-parse";
    /** The worker pool of re-reads: concurrency 1, so live documents keep the other parse workers. */
    static final String REREAD_POOL = "dw-reparse";
    private static final Duration WORKER_WAIT = Duration.ofSeconds(20);
    private static final long MAX_RETRY_PAUSE_MS = 10_000;

    private final ParseWorkerPool parser;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String parserVersion;

    public DocumentParsing(ParseWorkerPool parser, MeterRegistry metrics, ParserSettings settings,
                           @ConfigProperty(name = "quarkus.application.version") Optional<String> applicationVersion) {
        this.parser = parser;
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
        this.parserVersion = ParserVersion.resolve(settings.version(), applicationVersion,
                ParserVersion.manifestVersion());
        LOG.infof("parser version %s", parserVersion);
        metrics.gauge("dw.parser.workers.replaced", parser, p -> p.status().replaced());
        metrics.gauge("dw.parser.workers.busy", parser, p -> p.status().busy());
    }

    @Incoming("documents")
    @Outgoing("parsed")
    @Blocking(value = WORKER_POOL, ordered = false)
    public Record<String, ParsedReport> parse(byte[] payload) throws DocumentParseException, InterruptedException {
        FetchedDocument doc = Json.read(payload, FetchedDocument.class, FetchedDocument.SCHEMA);
        return read(doc, null);
    }

    /**
     * Re-reads of stored originals ({@code ./dw reparse}): their own channel and topic, so they never look like
     * new fetches, on their own worker pool of {@value #REREAD_POOL} with concurrency 1, so at most one parse
     * worker is busy with re-reads and live documents always have the others. The report is marked with the
     * stored version it re-reads. A re-read that cannot be parsed is logged and counted, not dead-lettered:
     * the stored version and its parse stand, and the run's summary shows it as not read.
     */
    @Incoming("reparse")
    @Outgoing("parsed")
    @Blocking(value = REREAD_POOL, ordered = false)
    public Record<String, ParsedReport> reread(byte[] payload) throws DocumentParseException, InterruptedException {
        RereadRequest request = Json.read(payload, RereadRequest.class, RereadRequest.SCHEMA);
        if (request.reread() == null || request.document() == null) {
            throw new DocumentParseException("re-read request without its version or its document");
        }
        return read(request.document(), request.reread());
    }

    private Record<String, ParsedReport> read(FetchedDocument doc, Reread reread)
            throws DocumentParseException, InterruptedException {
        String source = reread == null ? "fetched" : "reread";
        long start = System.nanoTime();
        AnnualReport report;
        try {
            checkDigest(doc);
            report = parseRetryingWhileUnavailable(doc);
        } catch (DocumentParseException | RuntimeException e) {
            metrics.counter("dw.parser.documents", "outcome", "failed", "source", source).increment();
            LOG.warnf("cannot parse %s%s: %s", doc.sourceUrl(), reread == null ? "" : " (re-read of version "
                    + reread.versionId() + ")", e.getMessage());
            throw e;
        } finally {
            metrics.timer("dw.parser.parse.duration").record(Duration.ofNanos(System.nanoTime() - start));
        }
        metrics.counter("dw.parser.documents", "outcome", report.kind().id(), "source", source).increment();
        if (reread == null && doc.fetchedAt() != null) {
            metrics.timer("dw.stage.time.lag", "stage", "parser")
                    .record(Duration.between(doc.fetchedAt(), Instant.now(clock)).abs());
        }
        LOG.infof("%s %s: %s %s %s", reread == null ? "parsed" : "re-read (version " + reread.versionId() + ")",
                doc.sourceUrl(), report.kind().id(), report.agency(), report.year());
        return Record.of(report.filingKey(),
                ParsedReport.of(doc.ref(), report, Instant.now(clock), parserVersion, reread));
    }

    /** The record's bytes must be the ones its SHA-256 names: everything downstream identifies them by it. */
    static void checkDigest(FetchedDocument doc) throws DocumentParseException {
        if (doc.content() == null) {
            throw new DocumentParseException("the record carries no content");
        }
        String actual = FetchedDocument.sha256(doc.content());
        if (doc.sha256() == null || !doc.sha256().equalsIgnoreCase(actual)) {
            throw new DocumentParseException("the content does not match its sha256: the record says "
                    + doc.sha256() + ", the " + doc.content().length + " bytes have " + actual);
        }
    }

    /** A missing worker is not the document's fault: wait and try again (the health checks say why). */
    private AnnualReport parseRetryingWhileUnavailable(FetchedDocument doc)
            throws DocumentParseException, InterruptedException {
        long pause = 500;
        while (true) {
            try {
                return parser.parse(doc.content(), doc.contentType(), doc.sourceUrl(),
                        new DocumentHints(doc.charset(), doc.agencyHint()), WORKER_WAIT);
            } catch (ParserUnavailableException e) {
                LOG.warnf("no parse worker for %s (%s); retrying in %d ms", doc.sourceUrl(), e.getMessage(), pause);
                Thread.sleep(pause);
                pause = Math.min(pause * 2, MAX_RETRY_PAUSE_MS);
            }
        }
    }
}
