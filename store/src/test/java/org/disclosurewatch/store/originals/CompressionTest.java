package org.disclosurewatch.store.originals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void textIsCompressedAndComesBackExactly() {
        byte[] html = "<table><tr><td>政府信息公开申请 12</td></tr></table>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Compression.Packed p = Compression.pack(html);
        assertEquals(Compression.GZIP, p.encoding());
        assertTrue(p.bytes().length < html.length / 5, "repetitive markup compresses well");
        assertArrayEquals(html, p.encoding().unpack(p.bytes()));
    }

    @Test
    void incompressibleBytesAreKeptAsTheyAre() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Compression.Packed p = Compression.pack(noise);
        assertEquals(Compression.IDENTITY, p.encoding());
        assertArrayEquals(noise, Compression.of(p.encoding().id()).unpack(p.bytes()));
        assertThrows(IllegalArgumentException.class, () -> Compression.of("zstd"));
    }

    @Test
    void anOriginalMustHashToWhatItDeclares() {
        byte[] bytes = "报告".getBytes(StandardCharsets.UTF_8);
        FetchedDocument ok = FetchedDocument.of("http://p/a", "http://p/a", "p", null, null, Instant.now(),
                "text/html", "UTF-8", bytes);
        assertEquals(ok.sha256(), Original.of(ok).sha256());
        FetchedDocument forged = new FetchedDocument(FetchedDocument.SCHEMA, "http://p/a", "http://p/a", "p", null,
                null, Instant.now(), "text/html", "UTF-8", FetchedDocument.sha256(new byte[] {1}), bytes);
        assertThrows(IllegalArgumentException.class, () -> Original.of(forged));
        FetchedDocument empty = new FetchedDocument(FetchedDocument.SCHEMA, "http://p/a", "http://p/a", "p", null,
                null, Instant.now(), "text/html", "UTF-8", ok.sha256(), null);
        assertThrows(IllegalArgumentException.class, () -> Original.of(empty));
    }

    @Test
    void servedTypesAndDigests() {
        Original html = new Original("00", "text/html", "GBK", new byte[0], null, null, null, null, null, null);
        assertEquals("text/html; charset=GBK", OriginalResponses.contentType(html));
        Original pdf = new Original("00", "application/pdf", null, new byte[0], null, null, null, null, null, null);
        assertEquals("application/pdf", OriginalResponses.contentType(pdf));
        assertEquals("report-3-v2.pdf", OriginalResponses.fileName(3, 2, pdf));
        // SHA-256 of the empty input, as RFC 9530 writes it
        assertEquals("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:", OriginalResponses.reprDigest(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
}
