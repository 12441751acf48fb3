package org.disclosurewatch.fetcher.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a text page: byte-order mark, then the {@code Content-Type} header, then a
 * {@code <meta>} declaration, then detection (valid UTF-8, else GB18030). Labels gb2312/gbk (and aliases)
 * are read as GB18030, their superset, because pages declared gb2312 contain characters only GB18030 has.
 */
public final class CharsetDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_LABELS =
            Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "euc-cn", "x-euc-cn", "csgb2312", "gb18030");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private CharsetDetector() {
    }

    /** The charset to decode a page with. */
    public static Charset detect(String contentType, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Optional<Charset> declared = fromLabel(find(HEADER_CHARSET, contentType));
        if (declared.isPresent()) {
            return declared.get();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Optional<Charset> meta = fromLabel(find(META_CHARSET, head));
        if (meta.isPresent()) {
            return meta.get();
        }
        return decodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : decodes(bytes, GB18030) ? GB18030 : StandardCharsets.UTF_8;
    }

    /** The charset a label names, with the gb2312/gbk family read as GB18030; empty for unknown labels. */
    public static Optional<Charset> fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (GB_LABELS.contains(l)) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a media type is text this crawler reads (HTML, XHTML, plain text). */
    public static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.contains("html") || t.contains("xml");
    }

    private static String find(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static boolean decodes(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
