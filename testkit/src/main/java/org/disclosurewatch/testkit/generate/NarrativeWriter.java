package org.disclosurewatch.testkit.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Writes the narrative parts of a generated report: part 一 states the table numbers through
 * {@link NarrativePhrases} among filler sentences (which carry other numbers, in 条 and 篇, as real
 * reports do); parts 五 and 六 are plain text. Paragraphs are separated by a line break.
 */
final class NarrativeWriter {
    private static final List<String> OPENINGS = List.of(
            "{YEAR}年，{SHORT}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                    + "持续深化政务公开，不断提升政府工作透明度。",
            "{YEAR}年，{SHORT}严格落实政务公开工作要求，坚持“以公开为常态、不公开为例外”原则，推进决策、执行、管理、服务、结果公开。",
            "本年度，{SHORT}围绕中心工作，扎实推进政府信息公开各项工作，切实保障人民群众知情权、参与权、表达权和监督权。");
    private static final List<String> ACTIVE = List.of(
            "全年通过政府门户网站主动公开政府信息{A}条，发布政策解读{B}篇。",
            "{YEAR}年共发布各类动态信息{A}条，其中政府网站{B}条。",
            "通过政府网站、政务新媒体等渠道公开信息{A}条，回应社会关切{B}次。");
    private static final List<String> MANAGEMENT = List.of(
            "严格执行信息发布“三审三校”制度，规范信息发布流程，确保发布信息准确、安全。",
            "健全保密审查机制，坚持“先审查、后公开”，全年未发生泄密事件。",
            "定期开展栏目巡查，及时清理过期信息，维护信息公开目录。");
    private static final List<String> PLATFORMS = List.of(
            "持续优化政府网站栏目设置，加强政务新媒体管理，提升平台服务能力。",
            "推进政府网站集约化建设，完善智能搜索、智能问答等功能。",
            "依托政务公开专区，为群众提供政府信息查阅服务{A}人次。");
    private static final List<String> OVERSIGHT = List.of(
            "将政务公开工作纳入年度目标考核，开展业务培训{A}次，强化监督检查。",
            "明确专人负责信息公开工作，常态化开展自查自纠，及时整改发现的问题。",
            "建立政务公开工作台账，按季度通报检查情况，督促落实整改。");
    private static final List<String> PROBLEMS = List.of(
            "{YEAR}年，政府信息公开工作取得一定成效，但仍存在一些不足：一是政策解读形式不够丰富；二是部分栏目更新不够及时。",
            "存在的问题主要有：信息公开的主动性还需增强，依申请公开答复规范化水平有待提高。",
            "工作中还存在公开内容不够全面、基层政务公开标准化规范化程度不高等问题。");
    private static final List<String> IMPROVEMENTS = List.of(
            "下一步，将加强业务培训，丰富解读形式，及时更新栏目内容，不断提升政务公开质量。",
            "{NEXT}年，将进一步完善工作机制，压实工作责任，持续提升信息公开的规范性和时效性。",
            "针对上述问题，将细化工作措施，强化监督考核，推动政务公开工作提质增效。");
    private static final List<String> OTHER_MATTERS = List.of(
            "本年度未收取政府信息公开信息处理费。",
            "{YEAR}年，{SHORT}未收取信息处理费。",
            "无其他需要报告的事项。",
            "本机关未发生收取信息处理费情况，无其他需要报告的事项。");

    private final Random random;

    NarrativeWriter(Random random) {
        this.random = random;
    }

    /** The narrative of {@code report}, whose tables are already filled. */
    Map<String, String> write(AnnualReport report, String shortName) {
        Map<String, String> narrative = new LinkedHashMap<>();
        StringBuilder p1 = new StringBuilder();
        p1.append(fill(pick(OPENINGS), report, shortName)).append('\n');
        p1.append("（一）主动公开\n");
        if (NarrativeFact.NORMATIVE_ISSUED.appliesTo(report.format())) {
            p1.append(NarrativePhrases.fill(pick(NarrativePhrases.NORMATIVE_DOCUMENTS), report));
        }
        p1.append(fill(pick(ACTIVE), report, shortName)).append('\n');
        p1.append("（二）依申请公开\n");
        p1.append(NarrativePhrases.fill(pick(NarrativePhrases.INTAKE), report));
        p1.append(NarrativePhrases.fill(pick(NarrativePhrases.OUTCOMES), report));
        p1.append(NarrativePhrases.fill(pick(NarrativePhrases.DISPUTES), report)).append('\n');
        p1.append("（三）政府信息管理\n").append(fill(pick(MANAGEMENT), report, shortName)).append('\n');
        p1.append("（四）政府信息公开平台建设\n").append(fill(pick(PLATFORMS), report, shortName)).append('\n');
        p1.append("（五）监督保障\n").append(fill(pick(OVERSIGHT), report, shortName));
        narrative.put(AnnualReport.PART1, p1.toString());
        narrative.put(AnnualReport.PART5, fill(pick(PROBLEMS), report, shortName) + "\n"
                + fill(pick(IMPROVEMENTS), report, shortName));
        narrative.put(AnnualReport.PART6, fill(pick(OTHER_MATTERS), report, shortName));
        return narrative;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String fill(String template, AnnualReport report, String shortName) {
        return template.replace("{YEAR}", String.valueOf(report.year()))
                .replace("{NEXT}", String.valueOf(report.year() + 1))
                .replace("{SHORT}", shortName)
                .replace("{A}", String.valueOf(10 + random.nextInt(3000)))
                .replace("{B}", String.valueOf(1 + random.nextInt(200)));
    }
}
