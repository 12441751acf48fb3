package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.junit.jupiter.api.Test;

/** Each kind of mess real documents contain, on a small page built here (format doc, "What real documents look like"). */
class MessyDocumentTest {
    private static final String FEES = "active_disclosure.administrative_fees.amount_yuan";
    private final ReportParser parser = new ReportParser();

    private AnnualReport parseHtml(SampleReport s) throws DocumentParseException {
        return parser.parse(s.html().getBytes(StandardCharsets.UTF_8), "text/html", "http://example.gov.cn/a.html");
    }

    @Test
    void cleanPageReadsEveryCellAndTheMetadata() throws Exception {
        SampleReport s = new SampleReport();
        AnnualReport r = parseHtml(s);
        assertEquals(DocumentKind.ANNUAL_REPORT, r.kind());
        assertEquals(ReportFormat.F2021, r.format());
        assertEquals(SampleReport.AGENCY, r.agency());
        assertEquals(AgencyLevel.DEPARTMENT, r.agencyLevel());
        assertEquals("重庆市綦江区", r.region());
        assertEquals(2024, r.year());
        assertEquals(LocalDate.of(2025, 1, 20), r.signedOn(), "the date under the signature, not the footer's");
        assertEquals("2024年，本机关持续深化政务公开。", r.narrativePart(AnnualReport.PART1));
        assertEquals("公开内容还需丰富。", r.narrativePart(AnnualReport.PART5));
        assertEquals("无。", r.narrativePart(AnnualReport.PART6));
        Expect.cells(r, s);
        assertTrue(r.provenance().get("requests.granted.total").startsWith("table "));
        assertEquals(Map.of(), Map.copyOf(Map.of()), r.diagnostics().toString());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void blanksAreNoValueAndZerosAreZero() throws Exception {
        SampleReport s = new SampleReport()
                .set("requests.granted.natural_person", "/")
                .set("requests.granted.commercial_enterprise", "-")
                .set("requests.granted.research_institution", "—")
                .set("requests.granted.social_organization", "")
                .set("requests.granted.legal_service_agency", "0")
                .set("requests.granted.other_organization", "&nbsp;")
                .set("reviews_and_litigation.review.total", "");
        AnnualReport r = parseHtml(s);
        Map<String, BigDecimal> want = new HashMap<>();
        want.put(FEES, new BigDecimal("125000"));
        for (String c : new String[] {"natural_person", "commercial_enterprise", "research_institution",
                "social_organization", "other_organization"}) {
            want.put("requests.granted." + c, null);
        }
        want.put("requests.granted.legal_service_agency", BigDecimal.ZERO);
        want.put("reviews_and_litigation.review.total", null);
        Expect.cells(r, s, want);
        assertTrue(r.hasCell(org.disclosurewatch.contracts.form.CellPath.parse("requests.granted.natural_person")));
    }

    @Test
    void fullWidthDigitsAndSpacesInsideCells() throws Exception {
        SampleReport s = new SampleReport()
                .set("requests.new_received.natural_person", "１２")
                .set("requests.new_received.total", "&nbsp;3&nbsp;")
                .set("requests.carried_over.total", "　7　")
                .set("active_disclosure.administrative_licensing.decisions", "1,234");
        AnnualReport r = parseHtml(s);
        Expect.cells(r, s, Map.of(FEES, new BigDecimal("125000"),
                "requests.new_received.natural_person", new BigDecimal(12),
                "requests.new_received.total", new BigDecimal(3),
                "requests.carried_over.total", new BigDecimal(7),
                "active_disclosure.administrative_licensing.decisions", new BigDecimal(1234)));
    }

    @Test
    void unitsInsideCellsAndInTheHeader() throws Exception {
        assertEquals(0, new BigDecimal("79263139").compareTo(
                parseHtml(new SampleReport().set(FEES, "7926.3139")).cell(FEES)), "header 万元, 4 decimals");
        assertEquals(0, new BigDecimal("251000").compareTo(
                parseHtml(new SampleReport().set(FEES, "251000元")).cell(FEES)), "元 in the cell wins");
        assertEquals(0, new BigDecimal("6049600").compareTo(
                parseHtml(new SampleReport().set(FEES, "604.96万元")).cell(FEES)));
        SampleReport noUnit = new SampleReport().set(FEES, "12");
        noUnit.feeHeader = "本年收费金额";
        assertEquals(0, new BigDecimal("120000").compareTo(parseHtml(noUnit).cell(FEES)),
                "the form prints this column in 万元");
        AnnualReport wrongCount = parseHtml(new SampleReport().set("requests.granted.total", "2.5"));
        assertNull(wrongCount.cell("requests.granted.total"), "a count with a fraction is not guessed");
        assertTrue(wrongCount.diagnostics().stream().anyMatch(d -> d.contains("requests.granted.total")));
    }

    @Test
    void spacedAndBrokenWordsInLabels() throws Exception {
        SampleReport s = new SampleReport();
        String html = s.html().replace("<p>行政许可</p>", "<p>行 政 许 可</p>")
                .replace("<p>保护第三方合法权益</p>", "<p>保护第三方<br>合法权益</p>")
                .replace("<p>4.保护第三方合法权益</p>", "<p>4．保护第三方</p><p>合法 权益</p>")
                .replace("<p>结果纠正</p>", "<p>结果<br>纠正</p>")
                .replace("<p>（七）总计</p>", "<p>(七) 总 计</p>");
        AnnualReport r = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", null);
        Expect.cells(r, s);
    }

    @Test
    void misnumberedHeadingsStillDelimitTheNarrative() throws Exception {
        SampleReport s = new SampleReport();
        String html = s.html().replace("一、总体情况", "1、总体情况").replace("五、存在的主要问题及改进情况", "存在的主要问题及改进情况");
        AnnualReport r = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", null);
        assertEquals("2024年，本机关持续深化政务公开。", r.narrativePart(AnnualReport.PART1));
        assertEquals("公开内容还需丰富。", r.narrativePart(AnnualReport.PART5));
    }

    @Test
    void pageDeclaredGb2312IsDecodedAsGb18030() throws Exception {
        String agency = "重庆市綦江区䶮溪镇人民政府"; // 䶮 exists in GB18030, not in GB2312/GBK
        SampleReport s = new SampleReport(agency);
        String html = s.html().replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        byte[] bytes = html.getBytes(Charset.forName("GB18030"));
        AnnualReport r = parser.parse(bytes, "text/html; charset=gb2312", null);
        assertEquals(agency, r.agency());
        assertEquals(AgencyLevel.TOWNSHIP, r.agencyLevel());
        Expect.cells(r, s);
    }

    @Test
    void undeclaredGb18030TextIsDetected() throws Exception {
        String text = new String(org.disclosurewatch.testkit.Fixtures.seeds().get(0).bytes(), StandardCharsets.UTF_8);
        AnnualReport r = parser.parse(text.getBytes(Charset.forName("GB18030")), null, null);
        assertEquals("重庆市綦江区应急管理局", r.agency());
        assertEquals(0, BigDecimal.valueOf(231).compareTo(r.cell("active_disclosure.administrative_licensing.decisions")));
    }

    @Test
    void wholeRegionTitleIsTheGovernment() throws Exception {
        SampleReport s = new SampleReport("重庆市黔江区");
        String html = s.html().replace("<p>重庆市黔江区</p>\n<p>2024年政府信息公开工作年度报告</p>",
                "<p>重庆市黔江区2024年政府信息公开工作年度报告</p>");
        AnnualReport r = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", null);
        assertEquals("重庆市黔江区", r.agency());
        assertEquals(AgencyLevel.GOVERNMENT, r.agencyLevel());
        assertEquals("重庆市黔江区", r.region());
    }

    @Test
    void regionStopsAtTheBodyName() {
        assertEquals("重庆市云阳县", org.disclosurewatch.parser.meta.Regions.prefixOf("重庆市云阳县城市管理局"));
        assertEquals("重庆市黔江区", org.disclosurewatch.parser.meta.Regions.prefixOf("重庆市黔江区市场监督管理局"));
        assertEquals("四川省成都市", org.disclosurewatch.parser.meta.Regions.prefixOf("四川省成都市市场监督管理局"));
        assertEquals("重庆市石柱土家族自治县",
                org.disclosurewatch.parser.meta.Regions.prefixOf("重庆市石柱土家族自治县城市管理局"));
    }
}
