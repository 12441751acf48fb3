package org.disclosurewatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosurewatch.contracts.events.AlertCategory;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.contracts.kafka.DeadLetters;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void everyFindingKindHasAnIdACloudEventTypeAndASeverity() {
        Set<String> ids = new HashSet<>();
        for (FindingKind k : FindingKind.values()) {
            assertTrue(ids.add(k.id()), "duplicate id " + k.id());
            assertTrue(k.id().matches("[a-z]+(_[a-z]+)*"), k.id());
            assertTrue(k.cloudEventType().matches("org\\.disclosurewatch\\.filing\\.[a-z]+\\.v1"), k.cloudEventType());
            assertEquals(k, FindingKind.of(k.id()));
        }
        assertEquals("org.disclosurewatch.filing.late.v1", FilingAlert.type("late_filing"));
        assertEquals("org.disclosurewatch.filing.form.v1", FilingAlert.type("missing_agency"));
        assertEquals(Severity.ERROR, FindingKind.MISSING_FILING.defaultSeverity());
        assertEquals("org.disclosurewatch.filing.withdrawn.v1", FilingAlert.type("filing_withdrawn"));
        assertEquals(Severity.WARNING, FindingKind.FILING_WITHDRAWN.defaultSeverity());
    }

    @Test
    void availabilityRecordsRoundTripAndRefuseAnUnknownStatus() {
        var gone = org.disclosurewatch.contracts.events.FilingAvailability.withdrawn("https://a.gov.cn/t1.html", "p1",
                "https://a.gov.cn/list/", org.disclosurewatch.contracts.events.FilingAvailability.httpReason(410),
                Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"), 2);
        byte[] json = org.disclosurewatch.contracts.json.Json.write(gone);
        assertTrue(new String(json, java.nio.charset.StandardCharsets.UTF_8).contains("\"document_url\""));
        assertEquals(gone, org.disclosurewatch.contracts.json.Json.read(json,
                org.disclosurewatch.contracts.events.FilingAvailability.class,
                org.disclosurewatch.contracts.events.FilingAvailability.SCHEMA));
        assertEquals("http_410", gone.reason());
        assertThrows(IllegalArgumentException.class, () -> new org.disclosurewatch.contracts.events.FilingAvailability(
                org.disclosurewatch.contracts.events.FilingAvailability.SCHEMA, "gone", "u", null, null, null, null,
                null, 0));
        assertEquals("dw.filings.availability.v1", Topics.AVAILABILITY);
    }

    @Test
    void aKindWithoutAMappingIsRefusedNotFiledAsInconsistent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FilingAlert.type("brand_new_kind"));
        assertTrue(e.getMessage().contains("brand_new_kind"));
        Finding unknown = new Finding("x.y", 1, "brand_new_kind", Severity.WARNING, null, List.of(), null, null, "m");
        FilingAlert alert = FilingAlert.of("某机关", "某地", 2024, unknown, null, Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, alert::cloudEventType);
        assertThrows(IllegalArgumentException.class, unknown::findingKind);
    }

    @Test
    void onlyInconsistencyKindsMarkAFilingInconsistent() {
        for (FindingKind k : FindingKind.values()) {
            assertEquals(k.category() == AlertCategory.INCONSISTENT, k.marksInconsistent(), k.id());
        }
        assertTrue(!FindingKind.LATE_FILING.marksInconsistent() && FindingKind.CARRYOVER_MISMATCH.marksInconsistent());
    }

    @Test
    void part3OutcomeRowsAreGroupedByTheOutcomeClasses() {
        for (ReportFormat f : ReportFormat.values()) {
            Set<OutcomeClass> seen = new HashSet<>();
            for (RowSpec row : Forms.of(f).rows(Section.REQUESTS, RowRole.OUTCOME)) {
                OutcomeClass c = OutcomeClass.ofGroup(row.group()).orElseThrow(() -> new AssertionError(row.key()));
                seen.add(c);
            }
            assertEquals(Set.of(OutcomeClass.values()), seen, f.id());
        }
        assertEquals("三（三）", OutcomeClass.DENIED.group());
        assertEquals("三、收到和处理政府信息公开申请情况", Section.REQUESTS.heading());
    }

    @Test
    void deadLettersCarryReasonAndOrigin() {
        ConsumerRecord<String, byte[]> failed = new ConsumerRecord<>("dw.crawl.work.v1", 2, 41L, "host", new byte[] {1});
        ProducerRecord<String, byte[]> dead = DeadLetters.of(failed, DeadLetters.topicOf(failed.topic()),
                new IllegalArgumentException("unknown schema"));
        assertEquals("dw.crawl.work.v1.dlq", dead.topic());
        assertEquals("host", dead.key());
        assertEquals("unknown schema", header(dead, DeadLetters.REASON));
        assertEquals("dw.crawl.work.v1", header(dead, DeadLetters.TOPIC));
        assertEquals("2", header(dead, DeadLetters.PARTITION));
        assertEquals("41", header(dead, DeadLetters.OFFSET));
    }

    private static String header(ProducerRecord<?, ?> r, String name) {
        return new String(r.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
