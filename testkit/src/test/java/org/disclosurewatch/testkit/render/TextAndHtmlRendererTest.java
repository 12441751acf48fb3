package org.disclosurewatch.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class TextAndHtmlRendererTest {

    @Test
    void textHasTitlePartsCellsAndSignature() {
        ReportGenerator generator = new ReportGenerator(11);
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            GeneratedReport g = generator.next();
            AnnualReport r = g.report();
            RenderOptions options = RenderOptions.random(random);
            String text = new String(new TextRenderer().render(g, options).content(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith(r.agency()), text.substring(0, 40));
            for (String heading : ReportText.PART_HEADINGS) {
                assertTrue(text.contains(heading + "\n"), heading);
            }
            assertTrue(text.contains(options.pipeSeparated() ? "三、本年度办理结果 |" : "\t三、本年度办理结果\n"));
            String received = r.cell("requests.new_received.total").toPlainString();
            assertTrue(text.contains(received), received);
            if (r.signedOn() != null) {
                assertTrue(text.stripTrailing().endsWith(ReportText.date(r.signedOn())));
            }
        }
    }

    @Test
    void pipeLayoutMarksMergedSlotsAsSeedExtractionsDo() {
        GeneratedReport g = new ReportGenerator(14).next(ReportFormat.F2021);
        RenderOptions options = new RenderOptions(false, HeaderSplit.PARAGRAPH, true, MoneyStyle.WAN_IN_HEADER, "",
                false, true, false, false);
        String text = new String(new TextRenderer().render(g, options).content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n第二十条第(一)项 | |||\n"), text);
        assertTrue(text.contains("\n申请人情况 | ||||||||\n"));
        assertTrue(text.contains("\n商业 企业 |\n"));
    }

    @Test
    void htmlIsAPortalPageWithMergedTables() {
        ReportGenerator generator = new ReportGenerator(12);
        Random random = new Random(12);
        for (int i = 0; i < 40; i++) {
            GeneratedReport g = generator.next();
            AnnualReport r = g.report();
            RenderOptions options = RenderOptions.random(random);
            RenderedDocument doc = new HtmlRenderer().render(g, options);
            Charset charset = options.gbEncoding() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            Document page = Jsoup.parse(new String(doc.content(), charset));
            assertEquals(r.title(), page.selectFirst("h1").text());
            assertTrue(page.text().contains("您当前的位置：首页>政务公开>"), page.text().substring(0, 200));
            assertTrue(page.text().contains("发布时间：" + g.publishedOn()));
            Elements tables = page.select("table");
            assertEquals(3, tables.size());
            int expectedRowspan = r.format() == ReportFormat.F2021 ? 22 : 20;
            Element outcomeLabel = tables.get(1).select("td[rowspan=" + expectedRowspan + "]").first();
            assertTrue(outcomeLabel != null && outcomeLabel.text().equals("三、本年度办理结果"));
            assertEquals(3 + r.form().rows(org.disclosurewatch.contracts.form.Section.REQUESTS).size(),
                    tables.get(1).select("tr").size());
            assertEquals(4, tables.get(2).select("tr").size());
            assertEquals(15, tables.get(2).select("tr").last().select("td").size());
            // the total of 本年新收 appears in its row
            Element intake = tables.get(1).select("tr").get(3);
            assertEquals(r.cell("requests.new_received.total").toPlainString(),
                    intake.select("td").last().text().replace('\u00a0', ' ').trim());
            assertFalse(page.select("div.footer").isEmpty());
        }
    }

    @Test
    void htmlTitleIsPlainTextWhenParsedAsBytes() throws Exception {
        GeneratedReport g = new ReportGenerator(13).next();
        RenderOptions gb = new RenderOptions(true, HeaderSplit.PARAGRAPH, true, MoneyStyle.WAN_IN_CELL, "/", true,
                false, true, true);
        byte[] bytes = new HtmlRenderer().render(g, gb).content();
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, g.documentUrl());
        assertEquals(g.report().title(), page.selectFirst("h1").text());
    }
}
