package org.disclosurewatch.parser.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes text and HTML bytes: byte-order mark (UTF-8, UTF-16, UTF-32), then a declared charset (meta tag or content-type hint),
 * then UTF-8 if the bytes are valid UTF-8, else GB18030. Pages declared gb2312/gbk are decoded as GB18030,
 * its superset, because they contain characters only GB18030 has.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int META_SCAN = 4096;

    private TextDecoder() {
    }

    public static String decode(byte[] b, String hint) {
        Charset bom = byteOrderMark(b);
        if (bom != null) {
            String s = new String(b, bom);
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
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

    /** The charset a byte-order mark names (UTF-8, UTF-16 or UTF-32, either byte order), or null. */
    public static Charset byteOrderMark(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1;
        int b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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
