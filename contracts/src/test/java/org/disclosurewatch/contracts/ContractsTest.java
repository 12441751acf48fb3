package org.disclosurewatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.DocumentRef;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.ParsedReport;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.json.UnsupportedRecordException;
import org.junit.jupiter.api.Test;

class ContractsTest {

    @Test
    void formsHaveTheRowCountsOfTheirFormat() {
        assertEquals(25, Forms.FORM_2021.rows(Section.REQUESTS).size());
        assertEquals(23, Forms.FORM_2019.rows(Section.REQUESTS).size());
        assertEquals(15, Forms.FORM_2021.rows(Section.REVIEWS_AND_LITIGATION).size() * 5);
        assertEquals(6, Forms.FORM_2021.applicantColumns().size());
        assertEquals(CellKind.MONEY_YUAN, Forms.FORM_2021.kindOf("active_disclosure.administrative_fees.amount_yuan"));
        assertEquals(CellKind.SIGNED_COUNT, Forms.FORM_2019.kindOf("active_disclosure.administrative_penalty.items_change"));
        assertNull(Forms.FORM_2021.kindOf("requests.other.total"));
        assertEquals(1, Forms.FORM_2019.rows(Section.REQUESTS, RowRole.OUTCOME_TOTAL).size());
        assertEquals(21, Forms.FORM_2021.rows(Section.REQUESTS, RowRole.OUTCOME).size());
    }

    @Test
    void topicsComeFromTheSharedConfigFile() {
        assertTrue(Topics.DOCUMENTS.startsWith("dw."));
        assertEquals(Topics.DOCUMENTS + ".dlq", Topics.DOCUMENTS_DLQ);
        assertTrue(Topics.all().containsKey("alerts"));
    }

    @Test
    void cellsKeepBlanksAndWriteMoneyAsText() throws Exception {
        Cells ad = new Cells().put("administrative_fees", "amount_yuan", new BigDecimal("79263139.00"))
                .put("regulations", "issued", BigDecimal.ZERO);
        Cells req = new Cells().put("unavailable_needs_creation", "total", null);
        AnnualReport r = new AnnualReport(DocumentKind.ANNUAL_REPORT, "t", "重庆市黔江区", AgencyLevel.GOVERNMENT,
                "重庆市黔江区", 2024, ReportFormat.F2021, LocalDate.of(2025, 1, 2), ad, req, new Cells(),
                Map.of(AnnualReport.PART1, "总体"), Map.of(), List.of());
        String json = new String(Json.write(r), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"amount_yuan\":\"79263139\""), json);
        assertTrue(json.contains("\"issued\":0"), json);
        assertTrue(json.contains("\"total\":null"), json);
        assertTrue(json.contains("\"agency_level\":\"government\""), json);
        assertTrue(json.contains("\"format\":\"2021\""), json);
        AnnualReport back = Json.mapper().readValue(json, AnnualReport.class);
        assertEquals(r.activeDisclosure(), back.activeDisclosure());
        assertTrue(back.requests().has("unavailable_needs_creation", "total"));
        assertNull(back.requests().get("unavailable_needs_creation", "total"));
    }

    @Test
    void recordsOfAnotherSchemaAreRefusedWithAReason() {
        FetchedDocument doc = FetchedDocument.of("http://a/x.html", "http://a/x.html", "p", null, null,
                Instant.parse("2025-01-01T00:00:00Z"), "text/html", "UTF-8", "<html/>".getBytes(StandardCharsets.UTF_8));
        FetchedDocument back = Json.read(Json.write(doc), FetchedDocument.class, FetchedDocument.SCHEMA);
        assertEquals(doc.sha256(), back.sha256());
        assertEquals("<html/>", new String(back.content(), StandardCharsets.UTF_8));
        ParsedReport other = ParsedReport.of(doc.ref(), null, Instant.now());
        UnsupportedRecordException e = assertThrows(UnsupportedRecordException.class,
                () -> Json.read(Json.write(other), FetchedDocument.class, FetchedDocument.SCHEMA));
        assertTrue(e.getMessage().contains("parsed-report"), e.getMessage());
        assertThrows(UnsupportedRecordException.class,
                () -> Json.read("not json".getBytes(StandardCharsets.UTF_8), FetchedDocument.class, FetchedDocument.SCHEMA));
        DocumentRef ref = doc.ref();
        assertEquals(7, ref.sizeBytes());
    }

    @Test
    void publicationDateEvidenceIsOptionalBothWays() {
        FetchedDocument doc = FetchedDocument.of("http://a/t20250310_1.htm", "http://a/t20250310_1.htm", "p", null,
                java.time.LocalDate.of(2025, 3, 7), Instant.parse("2025-03-11T00:00:00Z"), "text/html", "UTF-8",
                "<html/>".getBytes(StandardCharsets.UTF_8)).withPublishedOnEvidence("listing", "url 2025-03-10");
        FetchedDocument back = Json.read(Json.write(doc), FetchedDocument.class, FetchedDocument.SCHEMA);
        assertEquals("listing", back.publishedOnSource());
        assertEquals("url 2025-03-10", back.publishedOnConflict());
        String older = "{\"schema\":\"disclosure-watch.fetched-document.v1\",\"source_url\":\"http://a/x\","
                + "\"canonical_url\":\"http://a/x\",\"portal_id\":\"p\",\"published_on\":\"2025-03-07\"}";
        FetchedDocument old = Json.read(older.getBytes(StandardCharsets.UTF_8), FetchedDocument.class, FetchedDocument.SCHEMA);
        assertEquals(java.time.LocalDate.of(2025, 3, 7), old.publishedOn());
        assertNull(old.publishedOnSource());
        assertNull(old.publishedOnConflict());
        // the reference a parsed report carries keeps the evidence, so the validator can quote it
        DocumentRef ref = Json.mapper().convertValue(Json.mapper().valueToTree(doc.ref()), DocumentRef.class);
        assertEquals("listing", ref.publishedOnSource());
        assertEquals("url 2025-03-10", ref.publishedOnConflict());
        assertNull(old.ref().publishedOnSource());
    }

    @Test
    void parserVersionAndRereadAreOptionalAndCarriedToTheValidatedReport() {
        String older = "{\"schema\":\"disclosure-watch.parsed-report.v1\",\"parsed_at\":\"2025-03-07T00:00:00Z\"}";
        ParsedReport old = Json.read(older.getBytes(StandardCharsets.UTF_8), ParsedReport.class, ParsedReport.SCHEMA);
        assertNull(old.parserVersion());
        assertNull(old.reread());
        ParsedReport reread = ParsedReport.of(null, null, Instant.parse("2025-03-07T00:00:00Z"), "1.2.3",
                new org.disclosurewatch.contracts.events.Reread(7, 42));
        ParsedReport back = Json.read(Json.write(reread), ParsedReport.class, ParsedReport.SCHEMA);
        assertEquals("1.2.3", back.parserVersion());
        assertEquals(42, back.reread().versionId());
        assertTrue(new String(Json.write(reread), StandardCharsets.UTF_8).contains("\"parser_version\":\"1.2.3\""));
        var validated = org.disclosurewatch.contracts.events.ValidatedReport.of(back, java.util.List.of(), Instant.now());
        assertEquals("1.2.3", validated.parserVersion());
        assertEquals(7, validated.reread().runId());
    }

    @Test
    void anAlertOfAReReadCarriesTheRereadExtensionAndOthersDoNot() {
        var finding = org.disclosurewatch.contracts.events.Finding.of("late", 1,
                org.disclosurewatch.contracts.events.FindingKind.of("late_filing"), null, java.util.List.of(), null, null, "迟");
        var alert = org.disclosurewatch.contracts.events.FilingAlert.of("甲局", "甲区", 2024, finding, null, Instant.now());
        var reread = org.disclosurewatch.contracts.kafka.AlertMessages.of(alert, true)
                .getMetadata(io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata.class).orElseThrow();
        assertEquals(java.util.Optional.of("true"),
                reread.getExtension(org.disclosurewatch.contracts.kafka.AlertMessages.REREAD_EXTENSION));
        var fresh = org.disclosurewatch.contracts.kafka.AlertMessages.of(alert)
                .getMetadata(io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata.class).orElseThrow();
        assertEquals(java.util.Optional.empty(),
                fresh.getExtension(org.disclosurewatch.contracts.kafka.AlertMessages.REREAD_EXTENSION));
        assertEquals("late_filing", fresh.getExtension("kind").orElseThrow());
    }
}
