package org.disclosurewatch.validator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.junit.jupiter.api.Test;

/** Which numbers of a part 一 sentence are read as whole-year counts, and which are left alone. */
class StatementReaderTest {
    private final StatementReader reader = new StatementReader(Forms.of(ReportFormat.F2021), 2024);

    private String read(String text) {
        List<StatedCount> counts = reader.read(text);
        return counts.stream().map(c -> c.topics().stream().map(Topic::id).collect(Collectors.joining("+"))
                + "=" + c.value()).collect(Collectors.joining(" "));
    }

    @Test
    void readsPlainStatements() {
        assertEquals("received=52 carried_over=3", read("本年新收政府信息公开申请52件，上年结转3件。"));
        assertEquals("processed=148 carried_forward=6", read("共办结148件，结转至2025年6件。"));
        assertEquals("review=2 litigation=7", read("因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。"));
        assertEquals("normative_issued=12 normative_in_force=95",
                read("制发行政规范性文件12件，截至年底现行有效规范性文件95件。"));
        assertEquals("carried_forward=1", read("另有1件结转下年度继续办理。"));
    }

    @Test
    void toleratesLayoutSpacesAndFullWidthDigits() {
        assertEquals("received=154", read("全 区 共收到政府信息公开申请\n154\n件"));
        assertEquals("granted=19", read("予以公开１９件"));
        assertEquals("received=1234", read("收到政府信息公开申请1,234件"));
    }

    @Test
    void readsChineseNumerals() {
        assertEquals("review=3 litigation=12", read("行政复议三件，行政诉讼十二件"));
        assertEquals(23L, ChineseNumerals.parse("二十三"));
        assertEquals(105L, ChineseNumerals.parse("一百零五"));
        assertEquals(2L, ChineseNumerals.parse("两"));
        assertEquals(null, ChineseNumerals.parse("二三"));
    }

    @Test
    void readsOutcomeClassesStatedTogetherAsTheirSum() {
        assertEquals("granted+partially_granted=42", read("其中：予以公开及部分公开42件"));
        assertEquals("denied+unavailable=10", read("不予公开和无法提供的共10件"));
    }

    @Test
    void leavesApproximationsPercentagesAndYearsAlone() {
        assertEquals("", read("发布信息1万余条，共发布各类动态信息约687条，浏览量达1亿余次"));
        assertEquals("received=52", read("全区共接收政府信息公开申请52件，同比减少28.77%。"));
        assertEquals("granted=19", read("予以公开19件，占36.54%"));
        assertEquals("", read("收到政府信息公开申请100件以上"));
        assertEquals("", read("2024年1月1日至2024年12月31日"));
    }

    @Test
    void leavesSubCountsAlone() {
        assertEquals("", read("从申请人来看，其中48件为自然人，3件为企业"));
        assertEquals("", read("收到自然人申请48件"));
        assertEquals("", read("因本机关不掌握相关政府信息无法提供9件"));
        assertEquals("", read("行政复议结果维持2件"));
        assertEquals("", read("未经复议直接起诉2件，其中结果维持1件，其他结果1件").replace("litigation_direct=2", ""));
    }

    @Test
    void leavesCountsAboutOtherYearsAlone() {
        assertEquals("", read("较2023年收到申请40件有所增加"));
        assertEquals("", read("2023年收到政府信息公开申请40件"));
        assertEquals("", read("比上年受理申请增加5件"));
    }

    @Test
    void leavesCountsOfUnrelatedThingsAlone() {
        assertEquals("", read("受理人大代表建议或政协委员提案2件，全年“12350”接线307起，受理160起，立案90起"));
        assertEquals("", read("注销2个无人维护的政务新媒体，出台规章制度3个"));
        assertEquals("", read("行政复议和行政诉讼共3件"));
    }
}
