package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.RunTogetherTextRenderer;
import org.junit.jupiter.api.Test;

/**
 * Generated reports rendered as run-together text ({@link RunTogetherTextRenderer}): each is read as an
 * annual report with its agency and year; no cell is read wrong; every cell it leaves blank that was not
 * blank is named in the diagnostics; and most cells are read ({@code runtogether.count} reports, default 150).
 */
class RunTogetherTextTest {
    private static final String SAMPLE = """
            宁波市江北区文化广电旅游局2024年政府信息公开工作年度报告
            一、总体情况
            本局依法公开政府信息。
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容本年制发件数本年废止件数现行有效件数
            规章000
            行政规范性文件1240118
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 521000053
            四、政府信息公开行政复议、行政诉讼情况
            """;

    private final ReportParser parser = new ReportParser();

    @Test
    void generatedReportsAsRunTogetherText() throws Exception {
        int count = Integer.getInteger("runtogether.count", 150);
        ReportGenerator clean = new ReportGenerator(8800);
        ReportGenerator blanks = ReportGenerator.withBlanks(8801);
        Random random = new Random(8802);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int read = 0;
        for (int i = 0; i < count; i++) {
            GeneratedReport g = (i % 2 == 0 ? clean : blanks).next();
            AnnualReport expected = g.report();
            RenderedDocument doc = new RunTogetherTextRenderer().render(g, RenderOptions.random(random));
            AnnualReport actual = parser.parse(doc.content(), doc.contentType(), g.documentUrl());
            String where = "#" + i + " " + expected.agency() + " " + expected.year();
            assertEquals(DocumentKind.ANNUAL_REPORT, actual.kind(), where);
            assertEquals(expected.agency(), actual.agency(), where);
            assertEquals(expected.year(), actual.year(), where);
            assertEquals(expected.format(), actual.format(), where);
            String diagnostics = String.join("\n", actual.diagnostics());
            for (String path : expected.form().cells().keySet()) {
                cells++;
                BigDecimal want = expected.cell(path);
                BigDecimal got = actual.hasCell(CellPath.parse(path)) ? actual.cell(path) : null;
                if (got != null) {
                    read++;
                    if (want == null || want.compareTo(got) != 0) {
                        wrong.add(where + " " + path + ": expected " + want + ", got " + got);
                    }
                } else if (want != null && !diagnostics.contains(path)) {
                    wrong.add(where + " " + path + ": expected " + want + ", left blank without a diagnostic");
                }
            }
        }
        System.out.printf("run-together text: %d reports, %d cells, %d read, %d wrong or unlisted%n", count, cells, read,
                wrong.size());
        wrong.stream().limit(20).forEach(System.out::println);
        assertEquals(List.of(), wrong.stream().limit(20).toList());
        assertTrue(read > cells / 2, "most cells are read: " + read + " of " + cells);
    }

    @Test
    void theFlattenedLinesOfTheIssueAreReadAndTheAmbiguousRowListed() throws Exception {
        AnnualReport r = parser.parse(SAMPLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", null);
        assertEquals(BigDecimal.ZERO, r.cell("active_disclosure.regulations.issued"));
        assertEquals(BigDecimal.ZERO, r.cell("active_disclosure.regulations.in_force"));
        assertEquals(BigDecimal.valueOf(52), r.cell("requests.new_received.natural_person"));
        assertEquals(BigDecimal.valueOf(53), r.cell("requests.new_received.total"));
        assertEquals(null, r.cell("active_disclosure.normative_documents.issued"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.contains("1240118") && d.contains("several ways")),
                r.diagnostics().toString());
        assertTrue(r.provenance().get("requests.new_received.total").startsWith("inferred: "),
                r.provenance().get("requests.new_received.total"));
    }
}
