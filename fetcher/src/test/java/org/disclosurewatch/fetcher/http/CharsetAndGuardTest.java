package org.disclosurewatch.fetcher.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharsetAndGuardTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void gbLabelsAreReadAsGb18030() {
        byte[] page = "<meta charset=\"gb2312\"><p>綦江 䶮</p>".getBytes(GB18030);
        assertEquals(GB18030, CharsetDetector.detect("text/html", page));
        assertEquals(GB18030, CharsetDetector.detect("text/html; charset=GBK", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect("text/html", "<p>綦江</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(GB18030, CharsetDetector.detect("text/html", "<p>綦江区应急管理局</p>".getBytes(GB18030)));
        assertTrue(new String(page, CharsetDetector.detect(null, page)).contains("䶮"));
    }

    @Test
    void retryAfterIsReadAndCapped() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(Duration.ofSeconds(3), RetryAfter.parse("3", now, Duration.ofSeconds(10)).orElseThrow());
        assertEquals(Duration.ofSeconds(10), RetryAfter.parse("3600", now, Duration.ofSeconds(10)).orElseThrow());
        assertEquals(Duration.ofSeconds(5),
                RetryAfter.parse("Wed, 01 Jan 2025 00:00:05 GMT", now, Duration.ofSeconds(10)).orElseThrow());
        assertTrue(RetryAfter.parse("soon", now, Duration.ofSeconds(10)).isEmpty());
    }

    @Test
    void backoffGrowsAndIsCapped() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 20; i++) {
            long first = b.after(1).toMillis();
            assertTrue(first >= 50 && first <= 150, "jittered first backoff " + first);
            long third = b.after(3).toMillis();
            assertTrue(third >= 200 && third <= 600, "jittered third backoff " + third);
            assertTrue(b.after(10).toMillis() <= 1000);
        }
    }

    @Test
    void guardRefusesSchemesForeignHostsAndPrivateAddresses() throws Exception {
        UrlGuard guard = new UrlGuard(Set.of("cqqj.gov.cn", "127.0.0.1:8000")::contains, false,
                host -> host.equals("cqqj.gov.cn") ? new InetAddress[] {InetAddress.getByName("61.128.1.1")}
                        : InetAddress.getAllByName(host));
        guard.check(URI.create("https://cqqj.gov.cn/a.html"));
        assertRefused(guard, "ftp://cqqj.gov.cn/a.html", "scheme");
        assertRefused(guard, "file:///etc/passwd", "scheme");
        assertRefused(guard, "http://cqqj.gov.cn.evil.example/a", "not in the catalogue");
        assertRefused(guard, "http://10.1.2.3/a", "private");
        assertRefused(guard, "http://169.254.169.254/latest/meta-data", "link-local");
        assertRefused(guard, "http://127.0.0.1:8000/a", "loopback");
        new UrlGuard(Set.of("127.0.0.1:8000")::contains, true).check(URI.create("http://127.0.0.1:8000/a"));
        UrlGuard loopbackOk = new UrlGuard(Set.of("127.0.0.1:8000")::contains, true);
        assertThrows(RefusedUrlException.class, () -> loopbackOk.check(URI.create("http://192.168.0.10/a")));
    }

    private static void assertRefused(UrlGuard guard, String url, String why) {
        RefusedUrlException e = assertThrows(RefusedUrlException.class, () -> guard.check(URI.create(url)));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
