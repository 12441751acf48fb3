package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.junit.jupiter.api.Test;

/** Pages a portal links that are not annual reports are classified, not forced into the form. */
class ClassificationTest {
    private final ReportParser parser = new ReportParser();

    private AnnualReport parse(String html) throws DocumentParseException {
        return parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", null);
    }

    @Test
    void newsPageAboutTheReport() throws Exception {
        AnnualReport r = parse("<html><head><title>我区召开政务公开工作推进会_要闻</title></head><body>"
                + "<div class=\"nav\">首页 &gt; 要闻</div><div class=\"article\"><h1>我区召开政务公开工作推进会</h1>"
                + "<p>3月5日，区政府召开2024年政务公开工作推进会，会议要求按时发布政府信息公开工作年度报告。</p>"
                + "<p>会议通报了2023年全区收到政府信息公开申请52件等情况。</p></div></body></html>");
        assertEquals(DocumentKind.NOT_ANNUAL_REPORT, r.kind());
        assertTrue(r.requests().isEmpty());
    }

    @Test
    void disclosureGuidePage() throws Exception {
        AnnualReport r = parse("<html><head><title>重庆市綦江区民政局政府信息公开指南</title></head><body>"
                + "<h1>重庆市綦江区民政局政府信息公开指南</h1><p>一、主动公开</p><p>（一）公开内容</p>"
                + "<table><tr><td>受理机构</td><td>办公室</td></tr><tr><td>办公时间</td><td>9:00-17:00</td></tr></table>"
                + "<p>二、依申请公开</p><p>申请人可以通过信函、网络提交申请。</p></body></html>");
        assertEquals(DocumentKind.NOT_ANNUAL_REPORT, r.kind());
    }
}
