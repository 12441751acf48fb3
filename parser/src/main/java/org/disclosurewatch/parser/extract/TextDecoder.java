package org.disclosurewatch.parser.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes text and HTML bytes: byte-order mark, then a declared charset (meta tag or content-type hint),
 * then UTF-8 if the bytes are valid UTF-8, else GB18030. Pages declared gb2312/gbk are decoded as GB18030,
 * its superset, because they contain characters only GB18030 has.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int META_SCAN = 4096;

    private TextDecoder() {
    }

    public static String decode(byte[] b, String hint) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declared(b, hint);
        if (declared != null && isLatinSingleByte(declared) && hasNonAscii(b)) {
            // a report is Chinese: a Latin single-byte declaration on non-ASCII bytes is a server default
            // (ISO-8859-1 for text/plain), not the document's charset
            declared = null;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(b, declared);
        }
        String utf8 = new String(b, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isValidUtf8(b)) {
            // malformed UTF-8 always decodes with a replacement character: without one, the bytes are valid
            return utf8;
        }
        return new String(b, GB18030);
    }

    private static boolean isLatinSingleByte(Charset c) {
        String n = c.name();
        return n.equals("ISO-8859-1") || n.equals("US-ASCII") || n.equals("windows-1252");
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /** The charset named by a meta tag in the first bytes or by the content-type hint, or null. */
    static Charset declared(byte[] b, String hint) {
        String head = new String(b, 0, Math.min(b.length, META_SCAN), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String name = charsetParam(head);
        if (name == null && hint != null) {
            name = charsetParam(hint.toLowerCase(Locale.ROOT));
        }
        return name == null ? null : lookup(name);
    }

    private static String charsetParam(String s) {
        int i = s.indexOf("charset");
        while (i >= 0) {
            int j = i + "charset".length();
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '=' || s.charAt(j) == '"'
                    || s.charAt(j) == '\'')) {
                j++;
            }
            int k = j;
            while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '-'
                    || s.charAt(k) == '_')) {
                k++;
            }
            if (k > j) {
                return s.substring(j, k);
            }
            i = s.indexOf("charset", k);
        }
        return null;
    }

    static Charset lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936") || n.equals("euc-cn")) {
            return GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
