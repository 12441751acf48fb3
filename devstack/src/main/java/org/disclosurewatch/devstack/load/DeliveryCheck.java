package org.disclosurewatch.devstack.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;

/**
 * Checks a finished run: every document stored exactly once, every alert the validator decided on (from
 * its findings on {@code dw.reports.validated.v1}) present on {@code dw.alerts.v1} by {@code ce_id} and in
 * the store, and no dead letter of the run (its documents are all readable, so any dead letter came from a
 * transient failure).
 */
public final class DeliveryCheck {
    /** What the check found. */
    public record Outcome(int sent, int stored, int lost, int duplicated, int expectedAlerts, int alertsMissingOnTopic,
                          int alertsMissingInStore, int deadLetters, List<String> deadLetterReasons) {
        public int alertsMissing() {
            return alertsMissingOnTopic + alertsMissingInStore;
        }

        public boolean clean() {
            return lost == 0 && duplicated == 0 && alertsMissing() == 0 && deadLetters == 0;
        }
    }

    private DeliveryCheck() {
    }

    public static Outcome check(LoadRun run, List<LoadRun.Doc> docs) throws SQLException {
        Map<String, Integer> versions = run.versionCounts(docs);
        int stored = versions.size();
        int duplicated = versions.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        String bootstrap = run.config().bootstrap();
        String marker = run.marker();

        Set<String> expected = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.readAll(bootstrap, Topics.VALIDATED,
                r -> TopicReader.contains(r, marker))) {
            ValidatedReport v = Json.read(r.value(), ValidatedReport.class, ValidatedReport.SCHEMA);
            if (v.report() == null) {
                continue;
            }
            for (Finding f : v.findings()) {
                if (f.severity() != null && f.severity().alerts()) {
                    expected.add(FilingAlert.of(v.report().filingKey(), null, v.report().year(), f, null, Instant.EPOCH)
                            .alertId());
                }
            }
        }
        Set<String> onTopic = new HashSet<>();
        TopicReader.forEach(bootstrap, Topics.ALERTS, r -> {
            Header id = r.headers().lastHeader("ce_id");
            if (id != null) {
                String ceId = new String(id.value(), StandardCharsets.UTF_8);
                if (expected.contains(ceId)) {
                    onTopic.add(ceId);
                }
            }
        });
        Set<String> inStore = new HashSet<>();
        try (Connection c = run.connect();
             PreparedStatement st = c.prepareStatement("select alert_id from alert where alert_id = any(?)")) {
            st.setArray(1, c.createArrayOf("text", expected.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    inStore.add(rs.getString(1));
                }
            }
        }
        int missingOnTopic = (int) expected.stream().filter(id -> !onTopic.contains(id)).count();
        int missingInStore = (int) expected.stream().filter(id -> !inStore.contains(id)).count();

        List<String> reasons = new ArrayList<>();
        for (String dlq : List.of(Topics.DOCUMENTS_DLQ, Topics.PARSED_DLQ, Topics.VALIDATED_DLQ)) {
            for (ConsumerRecord<String, byte[]> r : TopicReader.readAll(bootstrap, dlq, r -> TopicReader.contains(r, marker))) {
                Header h = r.headers().lastHeader(DeadLetters.REASON);
                reasons.add(dlq + ": " + (h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8)));
            }
        }
        return new Outcome(run.sent(), stored, Math.max(0, docs.size() - stored), duplicated, expected.size(),
                missingOnTopic, missingInStore, reasons.size(), reasons);
    }
}
