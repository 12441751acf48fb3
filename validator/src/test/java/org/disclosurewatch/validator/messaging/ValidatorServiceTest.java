package org.disclosurewatch.validator.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.DocumentRef;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.events.ValidatedReport;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.kafka.DeadLetters;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.infra.KafkaProbe;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The validator service on the real broker: reports in, findings out, alerts as CloudEvents, bad records dead-lettered. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ValidatorServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aLateInconsistentFilingYieldsFindingsAndAlertCloudEvents() throws Exception {
        AnnualReport seed004 = SeedReports.report(Fixtures.seeds().get(4));
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250415_1.html";
        // a government report for 2024 is due 31 March 2025: published 15 April, it is late
        DocumentRef doc = new DocumentRef(url, url, "test", null, LocalDate.of(2025, 4, 15), Instant.now(),
                "text/html", "0", 1);
        probe().send(Topics.PARSED, seed004.filingKey(), Json.write(ParsedReport.of(doc, seed004, Instant.now())));

        ConsumerRecord<String, byte[]> out = probe().first(Topics.VALIDATED,
                r -> KafkaProbe.text(r).contains(url), WAIT);
        ValidatedReport validated = Json.read(out.value(), ValidatedReport.class, ValidatedReport.SCHEMA);
        assertEquals("重庆市黔江区", out.key());
        List<String> kinds = validated.findings().stream().map(f -> f.kind() + " " + f.cell()).toList();
        assertTrue(kinds.contains("text_table_mismatch active_disclosure.normative_documents.issued"), kinds.toString());
        assertTrue(kinds.contains("empty_cell requests.unavailable_needs_creation.total"), kinds.toString());
        assertTrue(kinds.contains("late_filing null"), kinds.toString());

        ConsumerRecord<String, byte[]> late = probe().first(Topics.ALERTS,
                r -> KafkaProbe.text(r).contains(url)
                        && FilingAlert.type("late_filing").equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertEquals("org.disclosurewatch.filing.late.v1", KafkaProbe.header(late, "ce_type"));
        assertEquals("重庆市黔江区/2024", KafkaProbe.header(late, "ce_subject"));
        assertEquals("重庆市黔江区", late.key());
        FilingAlert alert = Json.read(late.value(), FilingAlert.class, FilingAlert.SCHEMA);
        assertEquals(url, alert.documentUrl());
        assertEquals(alert.alertId(), KafkaProbe.header(late, "ce_id"));
        assertEquals(null, KafkaProbe.header(late, "ce_reread"), "an alert on a new filing is not marked as a re-read");
    }

    @Test
    void aRereadKeepsItsMarkAndParserVersionAndItsAlertsSaySo() {
        AnnualReport seed004 = SeedReports.report(Fixtures.seeds().get(4));
        String url = "http://127.0.0.1/" + UUID.randomUUID() + "/t20250415_2.html";
        DocumentRef doc = new DocumentRef(url, url, "test", null, LocalDate.of(2025, 4, 15), Instant.now(),
                "text/html", "0", 1);
        probe().send(Topics.PARSED, seed004.filingKey(), Json.write(ParsedReport.of(doc, seed004, Instant.now(),
                "2.0.0", new org.disclosurewatch.contracts.events.Reread(5, 99))));

        ConsumerRecord<String, byte[]> out = probe().first(Topics.VALIDATED, r -> KafkaProbe.text(r).contains(url), WAIT);
        ValidatedReport validated = Json.read(out.value(), ValidatedReport.class, ValidatedReport.SCHEMA);
        assertEquals("2.0.0", validated.parserVersion());
        assertEquals(99, validated.reread().versionId());
        ConsumerRecord<String, byte[]> late = probe().first(Topics.ALERTS,
                r -> KafkaProbe.text(r).contains(url)
                        && FilingAlert.type("late_filing").equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertEquals("true", KafkaProbe.header(late, "ce_reread"));
    }

    @Test
    void aRecordOfAnotherSchemaGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String key = "not-a-report-" + UUID.randomUUID();
        probe().send(Topics.PARSED, key, "{\"schema\":\"something.else.v9\"}".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> dead = probe().first(Topics.PARSED_DLQ, r -> key.equals(r.key()), WAIT);
        String reason = KafkaProbe.header(dead, DeadLetters.REASON);
        assertFalse(reason.isBlank());
        assertTrue(reason.contains("something.else.v9"), reason);
    }

    @Test
    void anUnreadableRecordInAPollIsDeadLetteredAloneAndTheReportsAroundItGoOn() throws Exception {
        AnnualReport seed004 = SeedReports.report(Fixtures.seeds().get(4));
        String run = UUID.randomUUID().toString();
        List<String> urls = List.of("http://127.0.0.1/" + run + "/before.html", "http://127.0.0.1/" + run + "/after.html");
        String key = seed004.filingKey();
        // one key, one partition, sent back to back: the three records are read in one poll
        probe().send(Topics.PARSED, key, Json.write(ParsedReport.of(doc(urls.get(0)), seed004, Instant.now())));
        probe().send(Topics.PARSED, key, ("{\"schema\":\"broken." + run + "\"}").getBytes(StandardCharsets.UTF_8));
        probe().send(Topics.PARSED, key, Json.write(ParsedReport.of(doc(urls.get(1)), seed004, Instant.now())));

        ConsumerRecord<String, byte[]> dead = probe().first(Topics.PARSED_DLQ,
                r -> KafkaProbe.header(r, DeadLetters.REASON) != null
                        && KafkaProbe.header(r, DeadLetters.REASON).contains(run), WAIT);
        assertEquals(key, dead.key());
        for (String url : urls) {
            ConsumerRecord<String, byte[]> out = probe().first(Topics.VALIDATED, r -> KafkaProbe.text(r).contains(url), WAIT);
            assertEquals(key, out.key());
            probe().first(Topics.ALERTS, r -> KafkaProbe.text(r).contains(url)
                    && FilingAlert.type("late_filing").equals(KafkaProbe.header(r, "ce_type")), WAIT);
        }
    }

    private static DocumentRef doc(String url) {
        return new DocumentRef(url, url, "test", null, LocalDate.of(2025, 4, 15), Instant.now(), "text/html", "0", 1);
    }

    /** Talks to the broker the service under test uses. */
    private KafkaProbe probe() {
        return new KafkaProbe(bootstrapServers);
    }
}
