package org.disclosurewatch.fetcher.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictCmsAdapterTest {
    private final DistrictCmsAdapter adapter = new DistrictCmsAdapter();
    private final URI listing = URI.create("https://cqqj.gov.cn/bm/qcgj/zwgk_58450/zfxxgknb_58459/");

    @Test
    void listingPagesAreIndexThenIndexN() {
        assertEquals(URI.create(listing + "index.html"), adapter.listingPage(listing, 0));
        assertEquals(URI.create(listing + "index_2.html"), adapter.listingPage(listing, 2));
        assertEquals(URI.create(listing + "index_1.html"), adapter.listingPage(URI.create(listing + "index.html"), 1));
    }

    @Test
    void recognisesReportLinksByTitleAndMergesMobileCopies() {
        String html = """
                <ul>
                <li><a href="./202101/t20210129_8841587.html" title="重庆市綦江区城市管理局2020年政府信息公开工作年度报告">…</a></li>
                <li><a href="./202101/t20210129_8841587_wap.html">重庆市綦江区城市管理局2020年政府信息公开工作年度报告</a></li>
                <li><a href="./202001/t20200120_1_wap.html">2019年度政府信息公开年报</a><span>2020-01-20</span></li>
                <li><a href="./202002/t20200202_2.html">关于疫情防控的通知</a></li>
                <li><a href="http://other.example/2019年年报.html">2019年年报</a></li>
                <li><a href="javascript:void(0)">2018年年度报告</a></li>
                </ul>
                <script>createPageHTML(3, 0, "index", "html");</script>
                """;
        ListingPage page = adapter.readListing(URI.create(listing + "index.html"), html, 0);
        List<ReportLink> links = page.reports();
        assertEquals(3, links.size(), links.toString());
        ReportLink first = links.get(0);
        assertEquals(URI.create(listing + "202101/t20210129_8841587.html"), first.url());
        assertEquals(first.url(), first.canonicalUrl());
        assertEquals(LocalDate.of(2021, 1, 29), first.publishedOn());
        ReportLink wapOnly = links.get(1);
        assertTrue(wapOnly.url().getPath().endsWith("_wap.html"));
        assertEquals(URI.create(listing + "202001/t20200120_1.html"), wapOnly.canonicalUrl());
        assertTrue(page.hasNextPage());
        assertFalse(adapter.readListing(URI.create(listing + "index_2.html"), html, 2).hasNextPage());
    }

    @Test
    void reportPageGivesItsDateAndAttachments() {
        String html = """
                <div>您当前的位置: 首页>政务公开>政府信息公开年报 > 区政府信息公开年报</div>
                <div>日期:2023-03-31</div>
                <a href="./P020230320_1.pdf">年报.pdf</a><a href="/files/a.DOCX?x=1">附件2</a>
                <a href="./P020230320_3.wps">附件3</a><a href="./pic.jpg">图</a><a href="./P020230320_1.pdf">again</a>
                """;
        URI page = URI.create("http://cqqj.gov.cn/zwgk_159/zfxxgknb/qzfxxgknb/202303/t20230320_11784262.html");
        ReportPage rp = adapter.readReport(page, html);
        assertEquals(LocalDate.of(2023, 3, 31), rp.publishedOn());
        assertEquals(3, rp.attachments().size(), rp.attachments().toString());
        assertEquals(LocalDate.of(2023, 3, 20), adapter.readReport(page, "<p>无日期</p>").publishedOn());
        assertEquals(LocalDate.of(2026, 1, 22),
                adapter.readReport(page, "<span>发布时间：2026-01-22 09:13</span>").publishedOn());
    }

    @Test
    void canonicalFormDropsMobileSuffixFragmentAndDefaultPort() {
        assertEquals(URI.create("https://www.cqyz.gov.cn/a/t20250127_14243704.html"),
                adapter.canonical(URI.create("https://WWW.cqyz.gov.cn:443/a/t20250127_14243704_wap.html#top")));
    }

    @Test
    void agencyHintComesFromTheTitleWhenItNamesABody() {
        assertEquals("重庆市綦江区应急管理局", AgencyHint.fromTitle("重庆市綦江区应急管理局2024年政府信息公开工作年度报告"));
        assertEquals(null, AgencyHint.fromTitle("2024年政府信息公开工作年度报告"));
    }
}
