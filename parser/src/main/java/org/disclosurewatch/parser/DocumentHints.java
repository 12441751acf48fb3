package org.disclosurewatch.parser;

import java.util.Locale;

/**
 * What the fetcher knows about a document besides its bytes: the charset it declared or detected (a
 * candidate, after a charset the document declares itself) and the body the portal lists it under (used when
 * the report's own title names none).
 *
 * @param charset charset name, or null
 * @param agency  the portal's agency hint, or null
 */
public record DocumentHints(String charset, String agency) {
    public static final DocumentHints NONE = new DocumentHints(null, null);

    /** The content-type hint with the charset added as its parameter when it names none. */
    public String contentType(String contentTypeHint) {
        if (charset == null || charset.isBlank()) {
            return contentTypeHint;
        }
        if (contentTypeHint != null && contentTypeHint.toLowerCase(Locale.ROOT).contains("charset")) {
            return contentTypeHint;
        }
        return (contentTypeHint == null || contentTypeHint.isBlank() ? "text/html" : contentTypeHint)
                + "; charset=" + charset.trim();
    }

    /** The agency hint, or null when blank. */
    public String fallbackAgency() {
        return agency == null || agency.isBlank() ? null : agency.trim();
    }
}
