package org.disclosurewatch.fetcher.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.disclosurewatch.fetcher.date.DateCandidate;
import org.disclosurewatch.fetcher.date.DateKind;
import org.junit.jupiter.api.Test;

class PortalReaderTest {
    private final PortalReader reader = new PortalReader(new DistrictCmsAdapter().rules());
    private final URI listing = URI.create("https://cqqj.gov.cn/bm/qcgj/zwgk_58450/zfxxgknb_58459/");

    @Test
    void recognisesReportLinksByMeaningAndMergesMobileCopies() {
        String html = """
                <ul>
                <li><a href="./202101/t20210129_8841587.html" title="重庆市綦江区城市管理局2020年政府信息公开工作年度报告">…</a><span>2021-01-27</span></li>
                <li><a href="./202101/t20210129_8841587_wap.html">重庆市綦江区城市管理局2020年政府信息公开工作年度报告</a></li>
                <li><a href="./202001/t20200120_1_wap.html">二〇一九年度政府信息公开年报</a><span>2020-01-20</span></li>
                <li><a href="./202002/t20200202_2.html">关于疫情防控的通知</a></li>
                <li><a href="./202002/t20200202_3.html">2020年政务公开工作要点</a></li>
                <li><a href="./202002/t20200202_4.html">图解：2019年政府信息公开工作年度报告</a></li>
                <li><a href="./202002/t20200202_5.html">《2019年政府信息公开工作年度报告》解读</a></li>
                <li><a href="./P020200202_6.pdf">2018年政府信息公开工作年度报告（全文）</a> 2019-03-01</li>
                <li><a href="javascript:void(0)">2018年年度报告</a></li>
                </ul>
                <div class="page"><a href="index_1.html">2</a><a href="index_1.html">下一页</a><a href="index_3.html">尾页</a>
                <a href="/">首页</a></div>
                """;
        ListingPage page = reader.readListing(URI.create(listing + "index.html"), html);
        List<ReportLink> links = page.reports();
        assertEquals(3, links.size(), links.toString());
        ReportLink first = links.get(0);
        assertEquals(URI.create(listing + "202101/t20210129_8841587.html"), first.url());
        assertEquals(first.url(), first.canonicalUrl());
        assertEquals(2020, first.year());
        assertEquals(LocalDate.of(2021, 1, 27), first.listedOn(), "the date beside the link, not the URL's");
        ReportLink wapOnly = links.get(1);
        assertTrue(wapOnly.url().getPath().endsWith("_wap.html"));
        assertEquals(URI.create(listing + "202001/t20200120_1.html"), wapOnly.canonicalUrl());
        assertEquals(2019, wapOnly.year());
        ReportLink pdf = links.get(2);
        assertTrue(pdf.attachment());
        assertEquals(LocalDate.of(2019, 3, 1), pdf.listedOn());
        assertEquals(List.of(URI.create(listing + "index_1.html"), URI.create(listing + "index_3.html")), page.nextPages());
    }

    @Test
    void aDateThatMightBeAnotherItemsIsNoDate() {
        String html = """
                <div class="list"><a href="./202501/t20250120_1.html">某局2024年政府信息公开工作年度报告</a> 2025-01-20
                <a href="./202401/t20240122_2.html">某局2023年政府信息公开工作年度报告</a> 2024-01-22</div>
                <table><tr><td><a href="./202301/t20230118_3.html">某局2022年政府信息公开工作年度报告</a></td>
                <td><a href="./202301/P020230118_3.pdf">下载</a></td><td>2023-01-18</td></tr></table>""";
        List<ReportLink> links = reader.readListing(URI.create(listing + "index.html"), html).reports();
        assertEquals(3, links.size(), links.toString());
        assertNull(links.get(0).listedOn(), "two items share one element: neither date is known to be its own");
        assertNull(links.get(1).listedOn());
        assertEquals(LocalDate.of(2023, 1, 18), links.get(2).listedOn(), "a download link beside it is no other item");
    }

    @Test
    void pagingScriptsNameEveryFurtherPage() {
        URI page = URI.create("http://a.example/zfxxgknb/index.htm");
        ListingPage lp = reader.readListing(page, "<script>createPageHTML(3, 0, \"index\", \"htm\");</script>");
        assertEquals(List.of(URI.create("http://a.example/zfxxgknb/index_1.htm"),
                URI.create("http://a.example/zfxxgknb/index_2.htm")), lp.nextPages());
        ListingPage last = reader.readListing(URI.create("http://a.example/zfxxgknb/index_2.htm"),
                "<script>createPageHTML('3','2','index','htm');</script>");
        assertTrue(last.nextPages().isEmpty());
        ListingPage query = reader.readListing(URI.create("http://a.example/xxgk/list.jsp?cat=12"),
                "<a href=\"list.jsp?cat=12&page=2\">2</a><a href=\"list.jsp?cat=12&page=2\">下一页</a>"
                        + "<a href=\"/other/list.jsp?page=2\">2</a>");
        assertEquals(List.of(URI.create("http://a.example/xxgk/list.jsp?cat=12&page=2")), query.nextPages());
    }

    @Test
    void recordsWrittenIntoThePageForAScriptAreRead() {
        String html = """
                <div id="1234"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/x">下一组</a>]]></nextgroup>
                <recordset><record><![CDATA[<li><a href="/art/2025/3/10/art_1234_567890.html" title="2024年政府信息公开工作年度报告">2024年…</a><span>2025-03-07</span></li>]]></record>
                <record><![CDATA[<li><a href="/art/2025/2/1/art_1234_1.html">2025年政务公开工作要点</a><span>2025-02-01</span></li>]]></record>
                </recordset></datastore></script></div>""";
        ListingPage lp = reader.readListing(URI.create("http://h.example/col/col1234/index.html"), html);
        assertEquals(1, lp.reports().size());
        assertEquals(LocalDate.of(2025, 3, 7), lp.reports().get(0).listedOn());
        assertEquals(2024, lp.reports().get(0).year());
    }

    @Test
    void reportPageGivesLabelledAndMetaDatesAndAttachments() {
        String html = """
                <html><head><meta name="PubDate" content="2023-03-30 10:00"></head><body>
                <div>您当前的位置: 首页>政务公开>政府信息公开年报 > 区政府信息公开年报</div>
                <div>成文日期：2023-03-01 日期:2023-03-31 更新时间：2023-04-02</div>
                <a href="./P020230320_1.pdf">年报.pdf</a><a href="/files/a.DOCX?x=1">附件2</a>
                <a href="./P020230320_3.wps">附件3</a><a href="./scan.jpg">扫描件</a><a href="./P020230320_1.pdf">again</a>
                <a href="./P020230320_4.zip">打包</a></body></html>
                """;
        URI page = URI.create("http://cqqj.gov.cn/zwgk_159/zfxxgknb/qzfxxgknb/202303/t20230320_11784262.html");
        ReportPage rp = reader.readReport(page, html);
        assertTrue(rp.dates().contains(new DateCandidate(LocalDate.of(2023, 3, 31), DateKind.PAGE, "日期")), rp.dates().toString());
        assertTrue(rp.dates().contains(new DateCandidate(LocalDate.of(2023, 4, 2), DateKind.PAGE, "更新时间")));
        assertTrue(rp.dates().contains(new DateCandidate(LocalDate.of(2023, 3, 1), DateKind.WRITTEN, "成文日期")));
        assertTrue(rp.dates().contains(new DateCandidate(LocalDate.of(2023, 3, 30), DateKind.META, "PubDate")));
        assertFalse(rp.dates().stream().anyMatch(d -> d.kind() == DateKind.PAGE && d.date().equals(LocalDate.of(2023, 3, 1))),
                "日期 is not read inside 成文日期");
        assertEquals(5, rp.attachments().size(), rp.attachments().toString());
        assertEquals(LocalDate.of(2023, 3, 20), reader.urlDate(page).orElseThrow());
    }

    @Test
    void canonicalFormDropsMobileSuffixFragmentAndDefaultPort() {
        assertEquals(URI.create("https://www.cqyz.gov.cn/a/t20250127_14243704.html"),
                reader.canonical(URI.create("https://WWW.cqyz.gov.cn:443/a/t20250127_14243704_wap.html#top")));
    }

    @Test
    void titlesNameTheStatisticsYear() {
        AdapterRules rules = AdapterRules.defaults();
        assertEquals(OptionalInt.of(2024), ReportTitle.year("重庆市綦江区应急管理局2024年政府信息公开工作年度报告", rules));
        assertEquals(OptionalInt.of(2023), ReportTitle.year("二〇二三年度政府信息公开年报", rules));
        assertEquals(OptionalInt.of(2022), ReportTitle.year("政府信息公开工作年度报告（2022）", rules));
        assertTrue(ReportTitle.year("政府信息公开工作年度报告", rules).isEmpty(), "no year, no report");
        assertTrue(ReportTitle.year("2024年法治政府建设年度报告", rules).isEmpty());
        assertTrue(ReportTitle.year("2024年政府信息公开工作年度报告新闻发布会", rules).isEmpty());
        assertEquals("重庆市綦江区应急管理局", AgencyHint.fromTitle("重庆市綦江区应急管理局2024年政府信息公开工作年度报告"));
        assertNull(AgencyHint.fromTitle("2024年政府信息公开工作年度报告"));
    }

    @Test
    void familiesAreRecognisedFromTheirPages() {
        var adapters = Adapters.byName(Adapters.shipped());
        assertEquals(TrsWcmAdapter.NAME, Adapters.recognise(adapters, URI.create("http://a/x/index.htm"),
                "<a href=\"./202503/t20250310_97791.htm\">x</a><script>createPageHTML(2,0,\"index\",\"htm\")</script>").name());
        assertEquals(HanwebAdapter.NAME, Adapters.recognise(adapters, URI.create("http://a/col/col1234/index.html"),
                "<script type=\"text/xml\"><datastore></datastore></script>").name());
        assertEquals(EpointAdapter.NAME, Adapters.recognise(adapters, URI.create("http://a/xxgk/subpage.html"),
                "<a href=\"/xxgk/20250310/0b7c6e52-4f1e-4bb6-9a59-6a1f2d3c4b5a.html\">x</a>").name());
        assertEquals(GenericAdapter.NAME, Adapters.recognise(adapters, URI.create("http://a/"), "<p>nothing</p>").name());
    }

    @Test
    void realReportPagesGiveTheirPublicationDateUnderTheirOwnLabels() {
        PortalReader generic = new PortalReader(new GenericAdapter().rules());
        for (org.disclosurewatch.testkit.Fixtures.Fixture page : org.disclosurewatch.testkit.Fixtures.realPages()) {
            String html = new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            LocalDate shown = LocalDate.parse(page.key().get("published_on").asText());
            ReportPage rp = generic.readReport(URI.create("https://www.pingtan.gov.cn/zfxxgk/nb/index.htm"), html);
            org.disclosurewatch.fetcher.date.PublicationDate d = org.disclosurewatch.fetcher.date.PublicationDates.decide(rp.dates());
            assertEquals(shown, d.date(), page.name() + ": " + rp.dates());
            assertEquals("page:时间", d.source(), page.name());
            assertTrue(rp.dates().contains(new DateCandidate(shown, DateKind.META, "PubDate")), rp.dates().toString());
            assertFalse(rp.dates().stream().anyMatch(c -> c.label() != null && c.label().equals("发布时间")),
                    "发布时间 in running text without a date is no label");
        }
    }
}
