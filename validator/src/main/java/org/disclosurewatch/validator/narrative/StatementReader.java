package org.disclosurewatch.validator.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Reads the whole-year counts part 一 states, conservatively: a number is taken only when it is followed by a
 * count word (件, 条, 起 …) and introduced, within the same clause, by words naming one topic, with nothing but
 * filler words ("共计", "政府信息公开申请", "案件") between them. Left alone are: approximations ("约687条",
 * "1万余条", "100件以上"), percentages, years, counts about another year ("较2023年…"), sub-counts by applicant
 * ("其中48件为自然人", "收到自然人申请48件") or by reason ("因本机关不掌握相关政府信息无法提供9件"), and a count
 * stated for topics of different families together ("行政复议和行政诉讼共3件"). Outcome classes stated together
 * ("予以公开及部分公开42件") are read as one count of their sum. Counts in Chinese numerals ("三件") are read,
 * and so is "另有1件结转下年度继续办理", where the topic follows the count.
 */
public final class StatementReader {
    private static final String UNITS = "件条起宗个份例";
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.．])(\\d+)(?![\\d.．])([" + UNITS + "])"
                    + "|(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+)([" + UNITS + "])");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；;！？!?：:,()（）\\[\\]【】\\n]");
    private static final Pattern FILLER = Pattern.compile(
            "(?:的|了|之|政府信息|信息|依申请公开|公开|申请|案件|案|类|事项|件数|数量|总数|数|共计|合计|总计|共|计|累计"
                    + "|为|达|是|有|各类|相关|继续办理|办理|总量|量|等)*");
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^(?:以上|左右|多|余|上下|以内)");
    private static final Pattern COMPARISON = Pattern.compile("较|同比|环比|比上|去年|前年|往年|历年|上年|上一年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern CONJUNCTION = Pattern.compile("(?:以及|及|和|与|、|加上|加)$");
    /** "另有1件结转下年度继续办理": the only count whose topic follows it. */
    private static final Pattern CARRIED_FORWARD_AFTER = Pattern.compile(
            "^(?:结转(?:至|到|入)?下一?年度?|转入下一?年度?)(?:继续办理)?$");
    private static final Pattern CARRIED_FORWARD_LEAD = Pattern.compile("^(?:另有|尚有|还有|共有|有|另)?$");
    private static final Set<String> GENERAL_APPLICANT_WORDS = Set.of("自然人", "法人", "企业", "组织");

    private final FormDefinition form;
    private final Integer reportYear;
    private final Set<String> subCountWords;

    /**
     * @param form       the report's form: its applicant columns and reason rows mark sub-counts
     * @param reportYear the statistics year, or null
     */
    public StatementReader(FormDefinition form, Integer reportYear) {
        this.form = form;
        this.reportYear = reportYear;
        this.subCountWords = subCountWords(form);
    }

    public List<StatedCount> read(String narrative) {
        String text = NarrativeText.normalize(narrative);
        List<StatedCount> out = new ArrayList<>();
        int start = 0;
        Matcher end = CLAUSE_END.matcher(text);
        while (start <= text.length()) {
            int stop = end.find(start) ? end.start() : text.length();
            readClause(text.substring(start, stop), out);
            start = stop + 1;
        }
        return out;
    }

    private void readClause(String clause, List<StatedCount> out) {
        Matcher m = COUNT.matcher(clause);
        int previousEnd = 0;
        while (m.find()) {
            String lead = clause.substring(previousEnd, m.start());
            previousEnd = m.end();
            String digits = m.group(1);
            Long value = digits != null ? parseLong(digits) : ChineseNumerals.parse(m.group(3));
            if (value == null || APPROXIMATE_AFTER.matcher(clause.substring(m.end())).find()
                    || lead.endsWith("第")) {
                continue;
            }
            String rest = clause.substring(m.end());
            if (CARRIED_FORWARD_LEAD.matcher(lead).matches() && CARRIED_FORWARD_AFTER.matcher(rest).matches()) {
                out.add(new StatedCount(List.of(Topic.CARRIED_FORWARD), value, lead + clause.substring(m.start())));
                continue;
            }
            StatedCount stated = interpret(lead, value, lead + clause.substring(m.start(), m.end()));
            if (stated != null) {
                out.add(stated);
            }
        }
    }

    private StatedCount interpret(String lead, long value, String quote) {
        Topic topic = null;
        int kStart = -1;
        int kEnd = -1;
        for (Topic t : Topic.ALL) {
            Matcher k = t.keyword().matcher(lead);
            int s = -1;
            int e = -1;
            while (k.find()) {
                s = k.start();
                e = k.end();
            }
            if (e > kEnd || (e == kEnd && e >= 0 && s < kStart)) {
                topic = t;
                kStart = s;
                kEnd = e;
            }
        }
        if (topic == null || kEnd < 0) {
            return null;
        }
        String tail = lead.substring(kEnd);
        String head = lead.substring(0, kStart);
        if (!FILLER.matcher(tail).matches() || mentionsSubCount(lead) || aboutAnotherYear(head)) {
            return null;
        }
        List<Topic> topics = new ArrayList<>();
        topics.add(topic);
        while (true) {
            Matcher conj = CONJUNCTION.matcher(head);
            if (!conj.find()) {
                break;
            }
            String before = head.substring(0, conj.start());
            Topic joined = null;
            int joinedStart = -1;
            for (Topic t : Topic.ALL) {
                Matcher k = t.keyword().matcher(before);
                int from = 0;
                while (from <= before.length() && k.find(from)) {
                    if (k.end() == before.length() && (joined == null || k.start() < joinedStart)) {
                        joined = t;
                        joinedStart = k.start();
                    }
                    from = k.start() + 1;
                }
            }
            if (joined == null) {
                break;
            }
            if (joined.family() != Topic.Family.OUTCOMES || topic.family() != Topic.Family.OUTCOMES) {
                return null;
            }
            if (!topics.contains(joined)) {
                topics.add(0, joined);
            }
            head = before.substring(0, joinedStart);
        }
        return new StatedCount(topics, value, quote);
    }

    private boolean mentionsSubCount(String lead) {
        for (String w : subCountWords) {
            if (lead.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean aboutAnotherYear(String head) {
        if (COMPARISON.matcher(head).find()) {
            return true;
        }
        Matcher y = YEAR.matcher(head);
        while (y.find()) {
            if (reportYear == null || Integer.parseInt(y.group(1)) != reportYear) {
                return true;
            }
        }
        return false;
    }

    /** Applicant column labels and labels of reason rows (rows that share a group in part 三). */
    private static Set<String> subCountWords(FormDefinition form) {
        Set<String> words = new LinkedHashSet<>(GENERAL_APPLICANT_WORDS);
        for (ColumnSpec c : form.applicantColumns()) {
            for (String label : c.labels()) {
                if (label.length() >= 3) {
                    words.add(label);
                }
            }
        }
        List<RowSpec> rows = form.rows(Section.REQUESTS);
        for (RowSpec r : rows) {
            long sameGroup = rows.stream().filter(o -> o.group().equals(r.group())).count();
            if (sameGroup > 1 && r.role() == org.disclosurewatch.contracts.form.RowRole.OUTCOME) {
                for (String label : r.labels()) {
                    if (label.length() >= 4) {
                        words.add(label);
                    }
                }
            }
        }
        return words;
    }

    private static Long parseLong(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
