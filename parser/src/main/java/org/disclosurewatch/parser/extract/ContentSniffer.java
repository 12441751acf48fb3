package org.disclosurewatch.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the representation from the bytes themselves (magic numbers, markup), using the declared content
 * type only to break ties: portals often serve attachments with a wrong type.
 */
public final class ContentSniffer {
    private static final int HTML_SCAN = 4096;

    private ContentSniffer() {
    }

    /** The representation, or null for a zip/OLE container that is not a Word document. */
    public static ContentType sniff(byte[] b, String hint) {
        if (startsWith(b, skipWhitespace(b), "%PDF")) {
            return ContentType.PDF;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return hasWordDocument(b) ? ContentType.DOCX : null;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0) {
            return ContentType.DOC;
        }
        if (isImage(b)) {
            return ContentType.IMAGE;
        }
        if (looksLikeHtml(b)) {
            return ContentType.HTML;
        }
        String h = hint == null ? "" : hint.toLowerCase(Locale.ROOT);
        if (h.contains("html") && !h.contains("text/plain")) {
            return ContentType.HTML;
        }
        return ContentType.TEXT;
    }

    /**
     * The first characters, decoded by the byte-order mark when there is one (UTF-16 and UTF-32 markup has
     * a zero byte beside every ASCII letter), else byte for byte.
     */
    static String head(byte[] b) {
        Charset bom = TextDecoder.byteOrderMark(b);
        int n = Math.min(b.length, HTML_SCAN * (bom == null ? 1 : 4));
        return new String(b, 0, n, bom == null ? StandardCharsets.ISO_8859_1 : bom);
    }

    /** PNG, JPEG and TIFF (both byte orders) by their magic numbers. */
    static boolean isImage(byte[] b) {
        if (b.length < 8) {
            return false;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        boolean png = b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G' && b[4] == 0x0D && b[5] == 0x0A;
        boolean jpeg = b0 == 0xFF && b1 == 0xD8 && b2 == 0xFF;
        boolean tiff = (b0 == 'I' && b1 == 'I' && b2 == 42 && b3 == 0) || (b0 == 'M' && b1 == 'M' && b2 == 0 && b3 == 42);
        return png || jpeg || tiff;
    }

    private static boolean hasWordDocument(byte[] b) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int n = 0;
            while ((e = z.getNextEntry()) != null && n++ < 10_000) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken zip: let the DOCX reader report it
            return true;
        }
        return false;
    }

    private static int skipWhitespace(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < b.length && i < 1024 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int from, String magic) {
        if (b.length < from + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[from + i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = head(b).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head") || (head.contains("<table") && head.contains("<td"))
                || (head.contains("<p") && head.contains("</p>")) || head.contains("<div");
    }
}
