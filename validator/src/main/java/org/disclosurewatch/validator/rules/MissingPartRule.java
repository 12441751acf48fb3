package org.disclosurewatch.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.validator.RuleDescription;

/**
 * The parts of the report are there: the narrative of part 一 (总体情况) and part 五 (存在的主要问题及改进情况)
 * and the three tables (parts 二, 三, 四).
 *
 * <p>Part 六 (其他需要报告的事项) is not required: bodies with nothing further to report often end the
 * report after part 五 (seed 002, whose hand-checked answer key has no finding), so its absence is not a
 * finding.
 */
public final class MissingPartRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("form.parts", 1, FindingKind.MISSING_PART,
            "报告缺少第一、五部分的文字内容或第二、三、四部分的表格");

    public MissingPartRule() {
        super(DESCRIPTION);
    }

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        AnnualReport report = r.report();
        List<Finding> out = new ArrayList<>();
        narrative(report, AnnualReport.PART1, "一", "总体情况", out);
        for (Section s : Section.values()) {
            if (report.cells(s).isEmpty()) {
                out.add(findings.aboutFiling("缺失", "第" + s.part() + "部分表格",
                        "报告缺少第" + s.part() + "部分表格"));
            }
        }
        narrative(report, AnnualReport.PART5, "五", "存在的主要问题及改进情况", out);
        return out;
    }

    private void narrative(AnnualReport report, String key, String part, String title, List<Finding> out) {
        if (report.narrativePart(key).isBlank()) {
            out.add(findings.aboutFiling("缺失", "第" + part + "部分“" + title + "”",
                    "报告缺少第" + part + "部分“" + title + "”的内容"));
        }
    }
}
