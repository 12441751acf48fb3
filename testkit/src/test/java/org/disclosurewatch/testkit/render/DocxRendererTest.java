package org.disclosurewatch.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.junit.jupiter.api.Test;

class DocxRendererTest {

    @Test
    void docxOpensWithMergedTables() throws Exception {
        ReportGenerator generator = new ReportGenerator(21);
        Random random = new Random(21);
        for (int i = 0; i < 20; i++) {
            GeneratedReport g = generator.next();
            AnnualReport r = g.report();
            RenderOptions options = RenderOptions.random(random);
            RenderedDocument rendered = new DocxRenderer().render(g, options);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered.content()));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                String text = extractor.getText();
                assertTrue(text.contains(r.agency()));
                List<XWPFTable> tables = doc.getTables();
                assertEquals(3, tables.size());
                XWPFTable requests = tables.get(1);
                assertEquals(3 + r.requests().rowKeys().size(), requests.getNumberOfRows());
                XWPFTableCell outcome = requests.getRow(5).getCell(0);
                assertEquals("三、本年度办理结果", outcome.getText());
                assertEquals("restart", outcome.getCTTc().getTcPr().getVMerge().getVal().toString());
                // the 一 row: label spanning three grid columns, then seven values
                assertEquals(8, requests.getRow(3).getTableCells().size());
                assertEquals(3, requests.getRow(3).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
                assertEquals(r.cell("requests.new_received.total").toPlainString(), requests.getRow(3).getCell(7).getText());
                int rows = r.format() == ReportFormat.F2021 ? 22 : 20;
                assertEquals("continue", requests.getRow(4 + rows).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
                assertEquals(15, tables.get(2).getRow(3).getTableCells().size());
            }
        }
    }

    @Test
    void brokenHeaderWordsKeepTheirOrder() throws Exception {
        GeneratedReport g = new ReportGenerator(22).next();
        RenderOptions options = new RenderOptions(false, HeaderSplit.LINE_BREAK, false, MoneyStyle.WAN_IN_HEADER, "",
                false, false, false, false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(g, options).content()))) {
            assertEquals("商业\n企业", doc.getTables().get(1).getRow(2).getCell(2).getText());
        }
    }
}
