package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.Fixtures.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed reports (text) and the two portal pages (HTML) read with no differing cell. Each parse is
 * also written to {@code target/fixture-parses/NAME.json} beside its key, for
 * {@code shared/tools/compare_report.py}.
 */
class FixtureTest {
    private static final List<String> TABLE = new ArrayList<>();
    private final ReportParser parser = new ReportParser();

    static Stream<Fixture> fixtures() {
        return Stream.concat(Fixtures.seeds().stream(), Fixtures.realPages().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesAnswerKey(Fixture fixture) throws Exception {
        String type = fixture.resource().endsWith(".html") ? "text/html" : "text/plain";
        AnnualReport report = parser.parse(fixture.bytes(), type, "file:" + fixture.resource());
        ReportComparer.Result r = ReportComparer.compare(report, fixture.key());
        Path out = Path.of("target", "fixture-parses");
        Files.createDirectories(out);
        Files.writeString(out.resolve(fixture.name() + ".json"), Json.writePretty(report));
        Files.writeString(out.resolve(fixture.name() + ".key.json"), fixture.keyJson());
        TABLE.add(String.format("%-24s %-5s %4d passed %3d failed  diagnostics=%d", fixture.name(),
                type.endsWith("html") ? "html" : "text", r.passed(), r.failed(), report.diagnostics().size()));
        assertEquals(DocumentKind.ANNUAL_REPORT, report.kind());
        assertEquals(List.of(), r.differences(), fixture.name());
        assertTrue(r.passed() > 100, "every cell of the key compared");
    }

    @AfterAll
    static void printTable() {
        TABLE.forEach(System.out::println);
    }
}
