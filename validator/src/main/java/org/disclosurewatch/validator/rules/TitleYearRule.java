package org.disclosurewatch.validator.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.FindingKind;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.validator.RuleDescription;

/**
 * The year in the title ("重庆市黔江区2024年政府信息公开工作年度报告", also "二〇二四年") is the statistics
 * year. A title without a year is not a finding.
 */
public final class TitleYearRule extends DescribedRule {
    private static final RuleDescription DESCRIPTION = new RuleDescription("form.title_year", 1, FindingKind.TITLE_YEAR_MISMATCH,
            "标题中的年份与报告统计年度不一致");

    public TitleYearRule() {
        super(DESCRIPTION);
    }
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d|[〇零○一二三四五六七八九]{4})\\s*年");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    @Override
    public List<Finding> check(ReportUnderCheck r) {
        AnnualReport report = r.report();
        Integer titleYear = titleYear(report.title());
        if (titleYear == null || report.year() == null || titleYear.equals(report.year())) {
            return List.of();
        }
        return List.of(findings.aboutFiling(String.valueOf(titleYear), String.valueOf(report.year()),
                "标题年份为" + titleYear + "年，但报告统计的是" + report.year() + "年度"));
    }

    /** The first year printed in a title, or null. */
    static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        String t = title.replace('零', '〇').replace('○', '〇');
        for (int i = 0; i < 10; i++) {
            t = t.replace((char) ('０' + i), (char) ('0' + i));
        }
        Matcher m = YEAR.matcher(t);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1);
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return Integer.parseInt(sb.toString());
    }
}
