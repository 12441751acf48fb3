package org.disclosurewatch.validator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.validator.ReportValidator;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Kafka adapter: parsed reports in, validated reports out (keyed by agency), and one CloudEvent on the
 * alert topic for every warning or error, acknowledged by the broker before the incoming record is. A re-read
 * of a stored version ({@code ./dw reparse}) keeps its marker and parser version on the validated report, and
 * its alerts carry the CloudEvent extension {@code reread=true}.
 */
@ApplicationScoped
public class ReportValidation {
    private static final Logger LOG = Logger.getLogger(ReportValidation.class);

    private final ReportValidator validator;
    private final AlertSender alerts;
    private final MeterRegistry metrics;

    public ReportValidation(ReportValidator validator, AlertSender alerts, MeterRegistry metrics) {
        this.validator = validator;
        this.alerts = alerts;
        this.metrics = metrics;
    }

    @Incoming("parsed")
    @Outgoing("validated")
    @Blocking
    public Record<String, ValidatedReport> validate(byte[] payload) {
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
        // the alerts are on the broker before this record is acknowledged (a failed send is retried here)
        alerts.sendAll(report == null ? "a report" : report.filingKey() + "/" + report.year(), raised,
                parsed.reread() != null);
        if (parsed.reread() == null && parsed.document() != null && parsed.document().fetchedAt() != null) {
            metrics.timer("dw.stage.time.lag", "stage", "validator")
                    .record(Duration.between(parsed.document().fetchedAt(), now).abs());
        }
        LOG.infof("validated %s %s: %d findings", report == null ? null : report.agency(),
                report == null ? null : report.year(), findings.size());
        return Record.of(report == null ? "unknown" : report.filingKey(), validated);
    }
}
