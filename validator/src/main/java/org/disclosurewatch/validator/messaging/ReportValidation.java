package org.disclosurewatch.validator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurewatch.contracts.failure.TransientRetry;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.validator.ReportValidator;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Kafka adapter: parsed reports in, a poll at a time; validated reports out (keyed by agency), and one CloudEvent
 * on the alert topic for every warning or error. The whole poll's records and alerts are sent together and the
 * poll is acknowledged only once the broker took every one of them ({@link OutputSender}). A record that cannot
 * be read or checked goes alone to the dead-letter topic with its reason; the others of its poll go on. A re-read
 * of a stored version ({@code ./dw reparse}) keeps its marker and parser version on the validated report, and its
 * alerts carry the CloudEvent extension {@code reread=true}.
 */
@ApplicationScoped
public class ReportValidation {
    private static final Logger LOG = Logger.getLogger(ReportValidation.class);

    private final ReportValidator validator;
    private final OutputSender sender;
    private final MeterRegistry metrics;

    public ReportValidation(ReportValidator validator, OutputSender sender, MeterRegistry metrics) {
        this.validator = validator;
        this.sender = sender;
        this.metrics = metrics;
    }

    @Incoming("parsed")
    @Blocking
    public CompletionStage<Void> validate(KafkaRecordBatch<String, byte[]> batch) {
        List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<OutputSender.Output> outputs = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            try {
                outputs.add(validate(record.getPayload()));
                records.add(record);
            } catch (RuntimeException e) {
                deadLetter(record, e);
            }
        }
        try {
            sendAll(records, outputs);
        } catch (TransientRetry.RetryInterruptedException e) {
            // shutting down while the broker is away: nothing of this poll is acknowledged, it is read again
            LOG.warnf("stopped while sending (%s); the unacknowledged records are read again", e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return batch.ack();
    }

    /** Sends a poll's outputs together; when that fails for good, each alone, dead-lettering the record that fails. */
    private void sendAll(List<KafkaRecord<String, byte[]>> records, List<OutputSender.Output> outputs) {
        try {
            sender.sendAll(outputs);
        } catch (TransientRetry.RetryInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (outputs.size() == 1) {
                deadLetter(records.get(0), e);
                return;
            }
            LOG.warnf("the outputs of %d reports were not all taken (%s); sending them one by one", outputs.size(), e);
            for (int i = 0; i < outputs.size(); i++) {
                sendAll(records.subList(i, i + 1), outputs.subList(i, i + 1));
            }
        }
    }

    /** Checks one parsed report: its validated record and the alerts to raise. */
    OutputSender.Output validate(byte[] payload) {
        ParsedReport parsed = Json.read(payload, ParsedReport.class, ParsedReport.SCHEMA);
        AnnualReport report = parsed.report();
        List<Finding> findings = report == null || report.kind() != DocumentKind.ANNUAL_REPORT
                ? List.of()
                : (parsed.document() == null ? validator.validate(report, null)
                        : validator.validate(report, parsed.document().publishedOn(),
                                parsed.document().publishedOnSource(), parsed.document().publishedOnConflict()));
        Instant now = Instant.now();
        ValidatedReport validated = ValidatedReport.of(parsed, findings, now);
        String documentUrl = parsed.document() == null ? null : parsed.document().sourceUrl();
        List<FilingAlert> raised = new ArrayList<>();
        for (Finding f : findings) {
            metrics.counter("dw.validator.findings", "kind", f.kind(), "severity", f.severity().id()).increment();
            if (f.severity().alerts()) {
                FilingAlert alert = FilingAlert.of(report.filingKey(), report.region(), report.year(), f, documentUrl, now);
                raised.add(alert);
                metrics.counter("dw.validator.alerts", "type", alert.cloudEventType()).increment();
            }
        }
        if (parsed.reread() == null && parsed.document() != null && parsed.document().fetchedAt() != null) {
            metrics.timer("dw.stage.time.lag", "stage", "validator")
                    .record(Duration.between(parsed.document().fetchedAt(), now).abs());
        }
        LOG.infof("validated %s %s: %d findings", report == null ? null : report.agency(),
                report == null ? null : report.year(), findings.size());
        return new OutputSender.Output(report == null ? "unknown" : report.filingKey(), validated, raised,
                parsed.reread() != null);
    }

    /**
     * Sends one record to the dead-letter topic with the reason (the channel's dead-letter strategy) and waits
     * until the broker took it, so the poll is never acknowledged past a record that is neither sent on nor
     * dead-lettered.
     */
    private static void deadLetter(KafkaRecord<String, byte[]> record, Throwable reason) {
        LOG.warnf("dead-lettering a record of %s-%d (key %s): %s", record.getTopic(), record.getPartition(),
                record.getKey(), reason.toString());
        record.nack(reason).toCompletableFuture().join();
    }
}
