package org.disclosurewatch.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "重庆市黔江区2024年政府信息公开工作年度报告";

    @Test
    void aLatinDefaultCharsetOnChineseBytesIsNotBelieved() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, TextDecoder.decode(utf8, "text/plain; charset=ISO-8859-1"));
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));
        assertEquals(TEXT, TextDecoder.decode(gb, "text/plain; charset=windows-1252"));
    }

    @Test
    void aDeclaredChineseCharsetIsUsed() {
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));
        assertEquals(TEXT, TextDecoder.decode(gb, "text/html; charset=gb2312"));
        assertEquals("plain ascii", TextDecoder.decode("plain ascii".getBytes(StandardCharsets.US_ASCII),
                "text/plain; charset=ISO-8859-1"));
    }
}
