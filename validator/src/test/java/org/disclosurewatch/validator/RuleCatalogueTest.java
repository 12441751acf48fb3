package org.disclosurewatch.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.validator.faults.FaultInjector;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
    private static final String START = "<!-- rules:start -->";
    private static final String END = "<!-- rules:end -->";

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        List<RuleDescription> rules = RuleCatalogue.all();
        Set<String> ids = new HashSet<>();
        for (RuleDescription r : rules) {
            assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
            assertTrue(r.id().matches("[a-z0-9]+(\\.[a-z0-9_]+)+"), r.id());
            assertTrue(r.version() >= 1 && !r.description().isBlank() && r.kind() != null, r.id());
        }
        String table = RuleCatalogue.markdownTable();
        assertEquals(rules.size() + 2, table.lines().count());
        assertTrue(table.startsWith("| id | version | severity | kind | description |"));
    }

    @Test
    void everyFindingCarriesTheIdVersionKindAndSeverityOfItsRule() {
        Map<String, RuleDescription> byId = RuleCatalogue.all().stream()
                .collect(Collectors.toMap(RuleDescription::id, Function.identity()));
        ReportValidator validator = new ReportValidator();
        ReportGenerator generator = new ReportGenerator(5L);
        FaultInjector injector = new FaultInjector(5L);
        int checked = 0;
        for (int i = 0; i < 50; i++) {
            GeneratedReport g = generator.next();
            for (var fault : List.of(injector.changedCell(g), injector.blankedCell(g), injector.latePublication(g))) {
                for (Finding f : validator.validate(fault.report(), fault.publishedOn())) {
                    RuleDescription rule = byId.get(f.ruleId());
                    assertTrue(rule != null, "unknown rule " + f.ruleId());
                    assertEquals(rule.version(), f.ruleVersion());
                    assertEquals(rule.kind().id(), f.kind());
                    assertTrue(FindingKind.known(f.kind()), "kind outside the vocabulary: " + f.kind());
                    assertEquals(rule.kind().cloudEventType(), FilingAlert.type(f.kind()));
                    assertEquals(rule.severity(), f.severity());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 150);
    }

    /** The README lists the rules between its markers; it must list exactly the catalogue. */
    @Test
    void readmeListsTheCatalogue() throws IOException {
        Path readme = Path.of("..", "README.md");
        assertTrue(Files.exists(readme), "README.md at the project root");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has the rules markers");
        assertEquals(RuleCatalogue.markdownTable().strip(), text.substring(start + START.length(), end).strip(),
                "README rules table is out of date: regenerate it with RuleCatalogueMarkdown");
    }
}
