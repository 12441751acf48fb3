package org.disclosurewatch.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocxRowCounterTest {
    private static long count(String xml, int chunk) {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        DocxExtractor.RowCounter c = new DocxExtractor.RowCounter();
        long rows = 0;
        for (int i = 0; i < b.length; i += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + chunk));
            rows = c.add(part, part.length);
        }
        return rows;
    }

    @Test
    void rowsAreCountedAcrossBufferBoundariesAndRowPropertiesAreNotRows() {
        String xml = "<w:tbl><w:tr><w:trPr/><w:tc/></w:tr><w:tr w:rsidR=\"1\"><w:tc/></w:tr><<w:tr>\n</w:tbl>";
        assertEquals(3, count(xml, 1));
        assertEquals(3, count(xml, 3));
        assertEquals(3, count(xml, 4096));
    }
}
