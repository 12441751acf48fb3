package org.disclosurewatch.fetcher.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ListApiReaderTest {
    private final PortalReader reader = new PortalReader(new EpointAdapter().rules());
    private final URI listing = URI.create("http://e.example/xxgk/zfxxgknb/subpage.html?categoryNum=004002");

    @Test
    void jsonItemsByPathEvenWhenNestedAsAString() throws IOException {
        ListApi api = new ListApi("/EWB-FRONT/rest/list?categoryNum=004002&pageIndex={page}", "json", "custom.infodata",
                "title", "infourl", "infodate", 0, 10);
        assertEquals(URI.create("http://e.example/EWB-FRONT/rest/list?categoryNum=004002&pageIndex=1"), api.page(listing, 1));
        String body = """
                {"custom": {"infodata": [
                  {"title": "某区2024年政府信息公开工作年度报告", "infourl": "/xxgk/zfxxgknb/20250127/0b7c6e52-4f1e-4bb6-9a59-6a1f2d3c4b5a.html", "infodate": "2025-01-27"},
                  {"title": "2025年政务公开工作要点", "infourl": "/xxgk/a.html", "infodate": "2025-02-01"}
                ]}}""";
        ListApiReader.ApiPage page = ListApiReader.read(api, reader, listing, body);
        assertEquals(2, page.items());
        assertEquals(1, page.reports().size());
        assertEquals(LocalDate.of(2025, 1, 27), page.reports().get(0).listedOn());
        assertEquals(2024, page.reports().get(0).year());
        String nested = "{\"custom\": \"{\\\"infodata\\\": [{\\\"title\\\": \\\"2023年年报\\\", \\\"infourl\\\": \\\"/x/1.html\\\"}]}\"}";
        assertEquals(1, ListApiReader.read(api, reader, listing, nested).reports().size());
    }

    @Test
    void xmlRecordsOfHtmlOrOfFields() throws IOException {
        ListApi records = new ListApi("/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={end}&columnid=1", "xml",
                "record", null, null, null, 1, 15);
        String body = """
                <?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>2</totalrecord><recordset>
                <record><![CDATA[<li><a href="/art/2025/3/10/art_1_2.html">2024年政府信息公开工作年度报告</a><span>2025-03-07</span></li>]]></record>
                <record><![CDATA[<li><a href="/art/2025/3/1/art_1_3.html">市政府召开新闻发布会</a></li>]]></record>
                </recordset></datastore>""";
        ListApiReader.ApiPage page = ListApiReader.read(records, reader, URI.create("http://h.example/col/col1/index.html"), body);
        assertEquals(2, page.items());
        assertEquals(LocalDate.of(2025, 3, 7), page.reports().get(0).listedOn());
        ListApi fields = new ListApi("/list.xml?p={page}", "xml", "item", "title", "link", "pubDate", 1, 15);
        ListApiReader.ApiPage f = ListApiReader.read(fields, reader, listing,
                "<rss><item><title>2023年度政府信息公开年报</title><link>/a/1.html</link><pubDate>2024/1/20</pubDate></item></rss>");
        assertEquals(LocalDate.of(2024, 1, 20), f.reports().get(0).listedOn());
        assertTrue(assertThrows(IOException.class, () -> ListApiReader.read(fields, reader, listing, "<html>")).getMessage()
                .contains("XML"));
    }
}
