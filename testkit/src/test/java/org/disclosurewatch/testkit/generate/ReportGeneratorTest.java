package org.disclosurewatch.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.json.Json;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "social_organization", "legal_service_agency", "other_organization");
    private static final List<String> OUTCOMES_2021 = List.of("granted", "partially_granted",
            "denied_state_secret", "denied_prohibited_by_law", "denied_endangers_safety_stability",
            "denied_third_party_rights", "denied_internal_affairs", "denied_process_information",
            "denied_enforcement_case_file", "denied_administrative_query", "unavailable_not_held",
            "unavailable_needs_creation", "unavailable_unclear_after_correction", "not_processed_petition",
            "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
            "not_processed_confirmation", "other_no_correction", "other_unpaid_fee", "other_other");

    private static List<String> outcomes(ReportFormat format) {
        if (format == ReportFormat.F2021) {
            return OUTCOMES_2021;
        }
        List<String> rows = new ArrayList<>(OUTCOMES_2021.subList(0, 18));
        rows.add("other");
        return rows;
    }

    private static long v(AnnualReport r, String path) {
        BigDecimal value = r.cell(path);
        assertNotNull(value, "blank cell " + path + " in a clean report");
        return value.longValueExact();
    }

    @Test
    void cleanReportsSatisfyEveryIdentityOfTheForm() {
        ReportGenerator generator = new ReportGenerator(7);
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        Set<AgencyLevel> levels = EnumSet.noneOf(AgencyLevel.class);
        boolean negativeChange = false;
        boolean sixDigits = false;
        boolean cents = false;
        for (int i = 0; i < 400; i++) {
            GeneratedReport g = generator.next();
            AnnualReport r = g.report();
            formats.add(r.format());
            levels.add(r.agencyLevel());
            assertEquals(DocumentKind.ANNUAL_REPORT, r.kind());
            assertTrue(r.agency().startsWith(r.region()), r.agency() + " / " + r.region());
            assertEquals(r.format(), ReportFormat.expectedFor(r.year()));
            assertTrue(r.format() == ReportFormat.F2019 ? r.year() <= 2020 : r.year() >= 2021);
            assertTrue(r.title().startsWith(r.agency() + r.year()));

            // every cell of the form present and non-blank, kinds respected
            for (Map.Entry<String, CellKind> cell : r.form().cells().entrySet()) {
                BigDecimal value = r.cell(cell.getKey());
                assertNotNull(value, cell.getKey());
                if (cell.getValue() == CellKind.MONEY_YUAN) {
                    assertTrue(value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2, cell.getKey() + "=" + value);
                    assertTrue(value.movePointLeft(4).stripTrailingZeros().scale() <= 6);
                    cents |= value.stripTrailingZeros().scale() == 2;
                } else {
                    assertEquals(0, value.stripTrailingZeros().scale() <= 0 ? 0 : 1, cell.getKey() + "=" + value);
                    if (cell.getValue() == CellKind.COUNT) {
                        assertTrue(value.signum() >= 0, cell.getKey());
                    } else {
                        negativeChange |= value.signum() < 0;
                    }
                    sixDigits |= value.abs().compareTo(BigDecimal.valueOf(100_000)) >= 0;
                }
            }
            assertEquals(r.form().cells().size(), r.activeDisclosure().size() + r.requests().size()
                    + r.reviewsAndLitigation().size());

            // part 三: rows sum to 总计; per column 一+二 = 七+四; outcomes sum to 七
            List<String> cols = new ArrayList<>(APPLICANTS);
            cols.add("total");
            for (String row : r.requests().rowKeys()) {
                long sum = 0;
                for (String c : APPLICANTS) {
                    sum += v(r, "requests." + row + "." + c);
                }
                assertEquals(sum, v(r, "requests." + row + ".total"), row);
            }
            for (String c : cols) {
                long in = v(r, "requests.new_received." + c) + v(r, "requests.carried_over." + c);
                assertEquals(in, v(r, "requests.total_processed." + c) + v(r, "requests.carried_forward." + c), c);
                long out = 0;
                for (String row : outcomes(r.format())) {
                    out += v(r, "requests." + row + "." + c);
                }
                assertEquals(out, v(r, "requests.total_processed." + c), c);
            }
            // part 四
            for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
                long sum = 0;
                for (String c : List.of("upheld", "corrected", "other", "pending")) {
                    sum += v(r, "reviews_and_litigation." + group + "." + c);
                }
                assertEquals(sum, v(r, "reviews_and_litigation." + group + ".total"), group);
            }

            // dates
            LocalDate deadline = LocalDate.of(r.year() + 1, r.agencyLevel() == AgencyLevel.GOVERNMENT ? 3 : 1,
                    r.agencyLevel() == AgencyLevel.GOVERNMENT ? 31 : 31);
            assertFalse(g.publishedOn().isAfter(deadline), g.publishedOn() + " after " + deadline);
            assertTrue(g.publishedOn().getYear() == r.year() + 1);
            if (r.signedOn() != null) {
                assertEquals(r.year() + 1, r.signedOn().getYear());
                assertTrue(r.signedOn().getMonthValue() <= 3);
            }
            assertTrue(g.documentUrl().matches("https://[a-z.]+\\.gov\\.cn/.*/\\d{6}/t\\d{8}_\\d+\\.html"), g.documentUrl());
            assertTrue(g.documentUrl().contains("/t" + g.publishedOn().toString().replace("-", "") + "_"));

            // narrative states the table numbers
            String part1 = r.narrativePart(AnnualReport.PART1);
            long received = v(r, "requests.new_received.total");
            assertTrue(part1.contains("申请" + received + "件"), part1);
            assertTrue(part1.contains("复议" + v(r, "reviews_and_litigation.review.total") + "件")
                    || part1.contains("复议案件" + v(r, "reviews_and_litigation.review.total") + "件"), part1);
            if (r.format() == ReportFormat.F2021) {
                assertTrue(part1.contains("规范性文件" + v(r, "active_disclosure.normative_documents.in_force") + "件"), part1);
            }
            assertFalse(r.narrativePart(AnnualReport.PART5).isBlank());
            assertFalse(r.narrativePart(AnnualReport.PART6).isBlank());
        }
        assertEquals(EnumSet.allOf(ReportFormat.class), formats);
        assertEquals(EnumSet.allOf(AgencyLevel.class), levels);
        assertTrue(negativeChange, "some 2019 reports have a negative 本年增/减");
        assertTrue(sixDigits, "some counts have six digits");
        assertTrue(cents, "some amounts have cents");
    }

    @Test
    void sameSeedSameReports() throws Exception {
        ReportGenerator a = new ReportGenerator(42);
        ReportGenerator b = new ReportGenerator(42);
        ReportGenerator c = new ReportGenerator(43);
        boolean differs = false;
        for (int i = 0; i < 30; i++) {
            GeneratedReport x = a.next();
            GeneratedReport y = b.next();
            assertEquals(Json.mapper().writeValueAsString(x.report()), Json.mapper().writeValueAsString(y.report()));
            assertEquals(x.publishedOn(), y.publishedOn());
            assertEquals(x.documentUrl(), y.documentUrl());
            differs |= !x.report().agency().equals(c.next().report().agency());
        }
        assertTrue(differs);
    }

    @Test
    void requestedFormatIsHonoured() {
        ReportGenerator generator = new ReportGenerator(3);
        for (int i = 0; i < 20; i++) {
            assertEquals(ReportFormat.F2019, generator.next(ReportFormat.F2019).report().format());
            AnnualReport r = generator.next(ReportFormat.F2021).report();
            assertEquals(ReportFormat.F2021, r.format());
            assertEquals(25, r.requests().rowKeys().size());
        }
    }

    @Test
    void blankGeneratorLeavesSomeCellsBlank() {
        ReportGenerator generator = ReportGenerator.withBlanks(5);
        int blanks = 0;
        for (int i = 0; i < 20; i++) {
            AnnualReport r = generator.next().report();
            for (String path : r.form().cells().keySet()) {
                assertTrue(r.hasCell(org.disclosurewatch.contracts.form.CellPath.parse(path)));
                blanks += r.cell(path) == null ? 1 : 0;
            }
        }
        assertTrue(blanks > 20, "blanks: " + blanks);
    }

    @Test
    void everyPhrasingOfAGroupStatesTheSameFacts() {
        for (List<String> group : NarrativePhrases.groups()) {
            Set<NarrativeFact> facts = NarrativePhrases.facts(group.get(0));
            assertFalse(facts.isEmpty());
            for (String template : group) {
                assertEquals(facts, NarrativePhrases.facts(template), template);
            }
        }
        Set<NarrativeFact> covered = EnumSet.noneOf(NarrativeFact.class);
        NarrativePhrases.all().forEach(t -> covered.addAll(NarrativePhrases.facts(t)));
        assertEquals(EnumSet.allOf(NarrativeFact.class), covered);
    }
}
