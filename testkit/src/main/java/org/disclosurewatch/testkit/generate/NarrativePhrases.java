package org.disclosurewatch.testkit.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Every sentence shape in which generated reports state numbers of their tables in part 一. This is the
 * one list of phrasings: the narrative check of the validator is tested against it.
 *
 * <p>A template names facts as {@code {RECEIVED}}, {@code {DENIED}} ... ({@link NarrativeFact}) and the
 * statistics year as {@code {YEAR}}. Within one group every template states the same facts, so a report
 * always states each fact of each group once, whichever phrasing it draws.
 */
public final class NarrativePhrases {
    /** 本年新收 and 上年结转. */
    public static final List<String> INTAKE = List.of(
            "全年共收到政府信息公开申请{RECEIVED}件，上年结转{CARRIED_OVER}件。",
            "本年新收政府信息公开申请{RECEIVED}件，上年结转{CARRIED_OVER}件。",
            "{YEAR}年，共受理政府信息公开申请{RECEIVED}件，另有上年结转申请{CARRIED_OVER}件。",
            "本年度共收到依申请公开申请{RECEIVED}件，上年度结转{CARRIED_OVER}件。",
            "{YEAR}年新收政府信息公开申请{RECEIVED}件（上年结转{CARRIED_OVER}件）。");

    /** The outcome classes of part 三 and 结转下年度. */
    public static final List<String> OUTCOMES = List.of(
            "从办理结果看，予以公开{GRANTED}件，部分公开{PARTIALLY_GRANTED}件，不予公开{DENIED}件，无法提供{UNAVAILABLE}件，"
                    + "不予处理{NOT_PROCESSED}件，其他处理{OTHER_PROCESSED}件，结转下年度继续办理{CARRIED_FORWARD}件。",
            "其中，予以公开{GRANTED}件；部分公开{PARTIALLY_GRANTED}件；不予公开{DENIED}件；无法提供{UNAVAILABLE}件；"
                    + "不予处理{NOT_PROCESSED}件；其他处理{OTHER_PROCESSED}件；结转下年度继续办理{CARRIED_FORWARD}件。",
            "已办结的申请中，予以公开的{GRANTED}件，部分公开的{PARTIALLY_GRANTED}件，不予公开的{DENIED}件，"
                    + "无法提供的{UNAVAILABLE}件，不予处理的{NOT_PROCESSED}件，其他处理的{OTHER_PROCESSED}件，"
                    + "另有{CARRIED_FORWARD}件结转下年度继续办理。",
            "办理结果为：予以公开{GRANTED}件、部分公开{PARTIALLY_GRANTED}件、不予公开{DENIED}件、无法提供{UNAVAILABLE}件、"
                    + "不予处理{NOT_PROCESSED}件、其他处理{OTHER_PROCESSED}件，结转下年度继续办理{CARRIED_FORWARD}件。");

    /** 行政复议 and 行政诉讼. */
    public static final List<String> DISPUTES = List.of(
            "全年发生政府信息公开行政复议{REVIEWS}件、行政诉讼{LITIGATION}件。",
            "因政府信息公开引起的行政复议{REVIEWS}件、行政诉讼{LITIGATION}件。",
            "本年度涉及政府信息公开的行政复议案件{REVIEWS}件，行政诉讼案件{LITIGATION}件。",
            "行政复议{REVIEWS}件，行政诉讼{LITIGATION}件。");

    /** 制发 and 现行有效 行政规范性文件 (2021 form only). */
    public static final List<String> NORMATIVE_DOCUMENTS = List.of(
            "全年制发行政规范性文件{NORMATIVE_ISSUED}件，现行有效行政规范性文件{NORMATIVE_IN_FORCE}件。",
            "本年制发行政规范性文件{NORMATIVE_ISSUED}件，清理后现行有效行政规范性文件{NORMATIVE_IN_FORCE}件。",
            "{YEAR}年制发行政规范性文件{NORMATIVE_ISSUED}件，截至年底现行有效规范性文件{NORMATIVE_IN_FORCE}件。");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");

    private NarrativePhrases() {
    }

    /** All groups, in the order part 一 states them. */
    public static List<List<String>> groups() {
        return List.of(NORMATIVE_DOCUMENTS, INTAKE, OUTCOMES, DISPUTES);
    }

    /** Every template of every group. */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        groups().forEach(out::addAll);
        return out;
    }

    /** The facts a template states. */
    public static Set<NarrativeFact> facts(String template) {
        Set<NarrativeFact> out = EnumSet.noneOf(NarrativeFact.class);
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("YEAR")) {
                out.add(NarrativeFact.valueOf(m.group(1)));
            }
        }
        return out;
    }

    /** The template with the report's year and the values its tables give for each fact. */
    public static String fill(String template, AnnualReport report) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("YEAR") ? String.valueOf(report.year())
                    : String.valueOf(NarrativeFact.valueOf(name).valueIn(report));
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
