package org.disclosurewatch.store.originals;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** How an original is described when served: its media type, digest header and file name. */
public final class OriginalResponses {
    private OriginalResponses() {
    }

    /** The media type as served by the portal, with its charset when known and not already named. */
    public static String contentType(Original o) {
        String type = o.contentType() == null || o.contentType().isBlank() ? "application/octet-stream"
                : o.contentType().trim();
        if (o.charset() != null && !o.charset().isBlank() && !type.toLowerCase(Locale.ROOT).contains("charset=")
                && type.toLowerCase(Locale.ROOT).startsWith("text/")) {
            type = type + "; charset=" + o.charset().trim();
        }
        return type;
    }

    /** RFC 9530 {@code Repr-Digest} value for a hex SHA-256. */
    public static String reprDigest(String sha256Hex) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)) + ":";
    }

    /** A file name for a download: report, version, and an extension from the media type. */
    public static String fileName(long reportId, int versionNo, Original o) {
        String type = o.contentType() == null ? "" : o.contentType().toLowerCase(Locale.ROOT);
        String ext = type.contains("pdf") ? ".pdf"
                : type.contains("html") ? ".html"
                : type.contains("wordprocessingml") ? ".docx"
                : type.contains("msword") ? ".doc"
                : type.contains("spreadsheetml") ? ".xlsx"
                : type.contains("ms-excel") ? ".xls"
                : type.startsWith("image/") ? "." + type.substring(6).replaceAll("[^a-z0-9].*", "")
                : ".bin";
        return "report-" + reportId + "-v" + versionNo + ext;
    }
}
