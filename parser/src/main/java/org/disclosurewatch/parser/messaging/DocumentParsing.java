package org.disclosurewatch.parser.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentHints;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ReportParser;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Kafka adapter: fetched documents in, parsed reports out (keyed by agency). A document that cannot be
 * parsed fails the message, which the channel's failure strategy sends to the dead-letter topic with the
 * reason; the consumer goes on with the next record.
 */
@ApplicationScoped
public class DocumentParsing {
    private static final Logger LOG = Logger.getLogger(DocumentParsing.class);

    private final ReportParser parser;
    private final MeterRegistry metrics;
    private final Clock clock;

    public DocumentParsing(ReportParser parser, MeterRegistry metrics) {
        this.parser = parser;
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
    }

    @Incoming("documents")
    @Outgoing("parsed")
    @Blocking
    public Record<String, ParsedReport> parse(byte[] payload) throws DocumentParseException {
        FetchedDocument doc = Json.read(payload, FetchedDocument.class, FetchedDocument.SCHEMA);
        long start = System.nanoTime();
        AnnualReport report;
        try {
            report = parser.parse(doc.content(), doc.contentType(), doc.sourceUrl(),
                    new DocumentHints(doc.charset(), doc.agencyHint()));
        } catch (DocumentParseException | RuntimeException e) {
            metrics.counter("dw.parser.documents", "outcome", "failed").increment();
            LOG.warnf("cannot parse %s: %s", doc.sourceUrl(), e.getMessage());
            throw e;
        } finally {
            metrics.timer("dw.parser.parse.duration").record(Duration.ofNanos(System.nanoTime() - start));
        }
        metrics.counter("dw.parser.documents", "outcome", report.kind().id()).increment();
        if (doc.fetchedAt() != null) {
            metrics.timer("dw.stage.time.lag", "stage", "parser")
                    .record(Duration.between(doc.fetchedAt(), Instant.now(clock)).abs());
        }
        LOG.infof("parsed %s: %s %s %s", doc.sourceUrl(), report.kind().id(), report.agency(), report.year());
        return Record.of(report.filingKey(), ParsedReport.of(doc.ref(), report, Instant.now(clock)));
    }
}
