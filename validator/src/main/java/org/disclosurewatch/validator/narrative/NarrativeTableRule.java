package org.disclosurewatch.validator.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.validator.RuleDescription;
import org.disclosurewatch.validator.rules.FindingFactory;
import org.disclosurewatch.validator.rules.Numbers;
import org.disclosurewatch.validator.rules.ReportUnderCheck;
import org.disclosurewatch.validator.rules.Rule;

/**
 * The counts part 一 states ({@link StatementReader}) agree with the tables. A stated count disagrees when it
 * differs from every reading of its cells; blank cells count as unknown, so a count is reported only when
 * the filled cells alone already exceed it (a blank never hides nor fakes a disagreement).
 */
public final class NarrativeTableRule implements Rule {
    private final RuleDescription description;
    private final Set<Topic.Family> families;
    private final FindingFactory findings;

    private NarrativeTableRule(RuleDescription description, Set<Topic.Family> families) {
        this.description = description;
        this.families = families;
        this.findings = new FindingFactory(description);
    }

    /** Applications received, carried over, processed, carried forward and each outcome class. */
    public static NarrativeTableRule requests() {
        return new NarrativeTableRule(new RuleDescription("text.requests", 1, FindingKind.TEXT_TABLE_MISMATCH,
                "第一部分所述申请件数（收到、上年结转、办结、各类办理结果、结转下年度）与第三部分表格不一致"),
                Set.of(Topic.Family.REQUESTS, Topic.Family.OUTCOMES));
    }

    /** Administrative reviews and lawsuits. */
    public static NarrativeTableRule appeals() {
        return new NarrativeTableRule(new RuleDescription("text.appeals", 1, FindingKind.TEXT_TABLE_MISMATCH,
                "第一部分所述行政复议、行政诉讼件数与第四部分表格不一致"),
                Set.of(Topic.Family.APPEALS));
    }

    /** Regulations and normative documents issued, repealed and in force. */
    public static NarrativeTableRule documents() {
        return new NarrativeTableRule(new RuleDescription("text.documents", 1, FindingKind.TEXT_TABLE_MISMATCH,
                "第一部分所述制发、废止、现行有效规章和规范性文件件数与第二部分表格不一致"),
                Set.of(Topic.Family.DOCUMENTS));
    }

    @Override
    public RuleDescription description() {
        return description;
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        AnnualReport report = r.report();
        String part1 = report.narrativePart(AnnualReport.PART1);
        if (part1.isBlank()) {
            return List.of();
        }
        FormDefinition form = r.form();
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (StatedCount stated : new StatementReader(form, report.year()).read(part1)) {
            if (!families.contains(stated.family())) {
                continue;
            }
            Optional<TableTarget> target = TableTargets.of(form, stated.topics());
            if (target.isEmpty() || agrees(report, target.get(), stated.value())) {
                continue;
            }
            String key = stated.topics() + "=" + stated.value();
            if (!reported.add(key)) {
                continue;
            }
            TableTarget t = target.get();
            String table = tableValue(report, t);
            out.add(findings.finding(t.principalCell(), t.cells(), String.valueOf(stated.value()), table,
                    "第一部分称“" + stated.quote() + "”，但" + t.name() + "为" + table));
        }
        return out;
    }

    /** The sum of some cells: what the filled ones add up to, and whether any was blank. */
    private record PartialSum(BigDecimal known, boolean blank) {
        static PartialSum of(AnnualReport report, List<String> cells) {
            BigDecimal known = BigDecimal.ZERO;
            boolean blank = false;
            for (String c : cells) {
                BigDecimal v = report.cell(c);
                if (v == null) {
                    blank = true;
                } else {
                    known = known.add(v);
                }
            }
            return new PartialSum(known, blank);
        }
    }

    /** Whether the count may be what the cells say: equal to one alternative, or undecidable for blanks. */
    private static boolean agrees(AnnualReport report, TableTarget target, long value) {
        BigDecimal stated = BigDecimal.valueOf(value);
        for (List<String> cells : target.alternatives()) {
            PartialSum sum = PartialSum.of(report, cells);
            int cmp = sum.known().compareTo(stated);
            if (cmp == 0 && !sum.blank() || sum.blank() && cmp <= 0) {
                return true;
            }
        }
        return false;
    }

    /** "470", "31 (≥)" for blanks, or "5（直接起诉）/2（复议后起诉）/7（合计）" for several readings. */
    private static String tableValue(AnnualReport report, TableTarget target) {
        List<String> shown = new ArrayList<>();
        for (List<String> cells : target.alternatives()) {
            PartialSum sum = PartialSum.of(report, cells);
            shown.add((sum.blank() ? "≥" : "") + Numbers.plain(sum.known()));
        }
        return shown.size() == 1 ? shown.get(0) : String.join(" 或 ", shown);
    }
}
