package org.disclosurewatch.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.validator.faults.FaultInjector;
import org.disclosurewatch.validator.faults.InjectedFault;
import org.junit.jupiter.api.Test;

/**
 * Over generated correct filings: a clean report yields no warning or error, and every injected fault is
 * found (recall 100%, no false positive). A blanked cell yields exactly its empty-cell warning: a blank never
 * fakes an error.
 */
class GeneratedReportsFaultTest {
    private static final int REPORTS = 1_000;
    private final ReportValidator validator = new ReportValidator();

    @Test
    void findsEveryInjectedFaultAndNothingInCleanReports() {
        ReportGenerator generator = new ReportGenerator(20_240_131L);
        FaultInjector injector = new FaultInjector(7L);
        int cleanAlerts = 0;
        List<String> falsePositives = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Map<InjectedFault.Type, int[]> recall = new EnumMap<>(InjectedFault.Type.class);
        for (int i = 0; i < REPORTS; i++) {
            GeneratedReport g = generator.next();
            List<Finding> clean = alerting(validator.validate(g.report(), g.publishedOn()));
            if (!clean.isEmpty()) {
                cleanAlerts++;
                falsePositives.add("clean report " + i + ": " + FixtureFindingsTest.describe(clean)
                        + g.report().narrativePart("part1"));
            }
            List<InjectedFault> faults = new ArrayList<>();
            faults.add(injector.changedCell(g));
            faults.add(injector.blankedCell(g));
            injector.narrativeNumber(g).ifPresent(faults::add);
            faults.add(injector.latePublication(g));
            for (InjectedFault fault : faults) {
                List<Finding> found = validator.validate(fault.report(), fault.publishedOn());
                int[] counts = recall.computeIfAbsent(fault.type(), t -> new int[2]);
                counts[1]++;
                if (reveals(found, fault)) {
                    counts[0]++;
                } else {
                    missed.add(fault.type() + " " + fault.description() + ":\n" + FixtureFindingsTest.describe(found));
                }
                Optional<String> extra = unexpected(found, fault);
                extra.ifPresent(e -> falsePositives.add(fault.type() + " " + fault.description() + ": " + e));
            }
        }
        StringBuilder summary = new StringBuilder("generated reports: " + REPORTS + ", clean reports with alerts: "
                + cleanAlerts + ", false positives: " + falsePositives.size() + "\n");
        recall.forEach((type, c) -> summary.append(String.format("recall %-17s %d/%d%n", type, c[0], c[1])));
        System.out.print(summary);

        assertTrue(missed.isEmpty(), () -> summary + "missed:\n" + String.join("\n", missed.subList(0,
                Math.min(5, missed.size()))));
        assertTrue(falsePositives.isEmpty(), () -> summary + "false positives:\n"
                + String.join("\n", falsePositives.subList(0, Math.min(5, falsePositives.size()))));
        assertEquals(REPORTS, recall.get(InjectedFault.Type.CHANGED_CELL)[1]);
        assertTrue(recall.get(InjectedFault.Type.NARRATIVE_NUMBER)[1] >= REPORTS * 0.99,
                "the injector found a stated number in almost every report");
    }

    @Test
    void blanksNeverFakeAnError() {
        ReportGenerator generator = ReportGenerator.withBlanks(99L);
        for (int i = 0; i < 300; i++) {
            GeneratedReport g = generator.next();
            int n = i;
            for (Finding f : validator.validate(g.report(), g.publishedOn())) {
                assertTrue(f.severity() == Severity.INFO || f.kind().equals("empty_cell"),
                        () -> "report " + n + " with blanks: " + FixtureFindingsTest.describe(List.of(f)));
            }
        }
    }

    private static List<Finding> alerting(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity().alerts()).toList();
    }

    private static boolean reveals(List<Finding> found, InjectedFault fault) {
        for (Finding f : found) {
            if (!f.kind().equals(fault.expectedKind()) || !f.severity().alerts()) {
                continue;
            }
            if (fault.expectedCells().isEmpty() || f.cells().stream().anyMatch(fault.expectedCells()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Alerts that the fault does not explain. */
    private static Optional<String> unexpected(List<Finding> found, InjectedFault fault) {
        List<Finding> extra = new ArrayList<>();
        for (Finding f : alerting(found)) {
            boolean explained = switch (fault.type()) {
                // a changed cell breaks every identity it takes part in, and any statement of part 一 about it
                case CHANGED_CELL -> f.cells().stream().anyMatch(fault.expectedCells()::contains);
                case BLANKED_CELL, NARRATIVE_NUMBER, LATE_PUBLICATION -> f.kind().equals(fault.expectedKind())
                        && (fault.expectedCells().isEmpty()
                        || f.cells().stream().anyMatch(fault.expectedCells()::contains));
            };
            if (!explained) {
                extra.add(f);
            }
        }
        return extra.isEmpty() ? Optional.empty() : Optional.of(FixtureFindingsTest.describe(extra));
    }
}
