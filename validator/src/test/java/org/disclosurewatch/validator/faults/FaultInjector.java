package org.disclosurewatch.validator.faults;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.NarrativeFact;
import org.disclosurewatch.testkit.generate.NarrativePhrases;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.validator.support.Reports;

/**
 * Puts one fault into a correct generated filing:
 * <ul>
 *   <li>a changed cell of part 三 or 四 (it always breaks the row sum or group sum it belongs to);</li>
 *   <li>a blanked cell, anywhere (it must be reported as blank, and must not make any identity or narrative
 *       statement look wrong);</li>
 *   <li>a number of part 一 that states a table value, raised so that it no longer agrees;</li>
 *   <li>a publication date after the statutory deadline of the body's level.</li>
 * </ul>
 * Narrative numbers are found through the generator's own list of phrasings ({@link NarrativePhrases}).
 */
public final class FaultInjector {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");
    private final Random random;

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    public InjectedFault changedCell(GeneratedReport g) {
        AnnualReport r = Reports.copy(g.report());
        Section section = random.nextBoolean() ? Section.REQUESTS : Section.REVIEWS_AND_LITIGATION;
        CellPath path = pickFilled(r, section);
        BigDecimal before = r.cell(path);
        BigDecimal after = before.add(BigDecimal.valueOf(1 + random.nextInt(9)));
        r.cells(section).put(path.row(), path.column(), after);
        return new InjectedFault(InjectedFault.Type.CHANGED_CELL, r, g.publishedOn(),
                path + ": " + before + " → " + after, "inconsistent_total", List.of(path.toString()));
    }

    public InjectedFault blankedCell(GeneratedReport g) {
        AnnualReport r = Reports.copy(g.report());
        Section section = Section.values()[random.nextInt(Section.values().length)];
        CellPath path = pickFilled(r, section);
        BigDecimal before = r.cell(path);
        r.cells(section).put(path.row(), path.column(), null);
        return new InjectedFault(InjectedFault.Type.BLANKED_CELL, r, g.publishedOn(),
                path + ": " + before + " → blank", "empty_cell", List.of(path.toString()));
    }

    /** Raises one stated number of part 一; empty when the narrative states no fact this injector finds. */
    public Optional<InjectedFault> narrativeNumber(GeneratedReport g) {
        AnnualReport r = g.report();
        String part1 = r.narrativePart(AnnualReport.PART1);
        List<NarrativeFact> facts = new ArrayList<>();
        for (NarrativeFact f : NarrativeFact.values()) {
            if (f.appliesTo(r.format())) {
                facts.add(f);
            }
        }
        NarrativeFact fact = facts.get(random.nextInt(facts.size()));
        for (String template : NarrativePhrases.all()) {
            if (!NarrativePhrases.facts(template).contains(fact)) {
                continue;
            }
            Matcher m = statement(template, fact).matcher(part1);
            if (m.find()) {
                long stated = Long.parseLong(m.group("fact"));
                long raised = stated + 1 + random.nextInt(9);
                String changed = part1.substring(0, m.start("fact")) + raised + part1.substring(m.end("fact"));
                Map<String, String> narrative = new LinkedHashMap<>(r.narrative());
                narrative.put(AnnualReport.PART1, changed);
                FormDefinition form = r.form();
                List<String> cells = fact.cells().stream().filter(c -> form.kindOf(c) != null).toList();
                return Optional.of(new InjectedFault(InjectedFault.Type.NARRATIVE_NUMBER,
                        Reports.withNarrative(Reports.copy(r), narrative), g.publishedOn(),
                        fact + ": " + stated + " → " + raised, "text_table_mismatch", cells));
            }
        }
        return Optional.empty();
    }

    public InjectedFault latePublication(GeneratedReport g) {
        AnnualReport r = g.report();
        LocalDate deadline = ReportGenerator.deadline(r.agencyLevel(), r.year());
        LocalDate late = deadline.plusDays(1 + random.nextInt(90));
        return new InjectedFault(InjectedFault.Type.LATE_PUBLICATION, r, late,
                r.agencyLevel().id() + " " + r.year() + " published " + late + " (deadline " + deadline + ")",
                "late_filing", List.of());
    }

    private CellPath pickFilled(AnnualReport r, Section section) {
        List<CellPath> filled = new ArrayList<>();
        Cells cells = r.cells(section);
        for (String row : cells.rowKeys()) {
            cells.row(row).forEach((col, v) -> {
                if (v != null) {
                    filled.add(CellPath.of(section, row, col));
                }
            });
        }
        return filled.get(random.nextInt(filled.size()));
    }

    /** The template as a pattern: its words literally, the fact as group "fact", other numbers as digits. */
    private static Pattern statement(String template, NarrativeFact fact) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        boolean named = false;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            if (m.group(1).equals(fact.name()) && !named) {
                regex.append("(?<fact>\\d+)");
                named = true;
            } else {
                regex.append("\\d+");
            }
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
