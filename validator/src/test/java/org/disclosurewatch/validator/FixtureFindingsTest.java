package org.disclosurewatch.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.validator.support.ReportText;
import org.disclosurewatch.validator.support.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-checked answer keys of the seed reports and of the two real portal pages, read directly as reports
 * with the narrative cut from the document text, yield exactly the keys' expected findings (kind and cell) and
 * no other error or warning; info findings only where expected.
 */
class FixtureFindingsTest {
    private final ReportValidator validator = new ReportValidator();

    static Stream<Arguments> fixtures() {
        Stream<Arguments> seeds = Fixtures.seeds().stream()
                .map(f -> Arguments.of(f.name(), f, new String(f.bytes(), StandardCharsets.UTF_8)));
        Stream<Arguments> pages = Fixtures.realPages().stream()
                .map(f -> Arguments.of(f.name(), f,
                        ReportText.htmlText(new String(f.bytes(), StandardCharsets.UTF_8))));
        return Stream.concat(seeds, pages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void yieldsExactlyTheExpectedFindings(String name, Fixtures.Fixture fixture, String text) {
        JsonNode key = fixture.key();
        AnnualReport fromKey = Reports.fromKey(fixture.keyJson());
        Map<String, String> narrative = ReportText.narrative(text);
        assertFalse(narrative.getOrDefault(AnnualReport.PART1, "").isBlank(), "part 一 found in " + name);
        AnnualReport report = Reports.withText(fromKey,
                fromKey.agency() + fromKey.year() + "年政府信息公开工作年度报告", narrative);
        LocalDate publishedOn = Reports.publishedOn(key);

        List<Finding> findings = validator.validate(report, publishedOn);

        Set<String> expected = new TreeSet<>();
        for (JsonNode f : key.get("expected_findings")) {
            expected.add(f.get("kind").asText() + "@" + (f.hasNonNull("cell") ? f.get("cell").asText() : "-"));
        }
        Set<String> actual = new TreeSet<>();
        for (Finding f : findings) {
            String id = f.kind() + "@" + (f.cell() == null ? "-" : f.cell());
            if (f.severity() != Severity.INFO || expected.contains(id)) {
                actual.add(id);
            }
        }
        assertEquals(expected, actual, () -> name + " findings:\n" + describe(findings));
        assertTrue(findings.stream().allMatch(f -> f.message() != null && !f.message().isBlank()));
    }

    static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ").append(f.severity().id()).append(' ').append(f.ruleId()).append(' ').append(f.cell())
                    .append(" observed=").append(f.observed()).append(" expected=").append(f.expected())
                    .append(" : ").append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
