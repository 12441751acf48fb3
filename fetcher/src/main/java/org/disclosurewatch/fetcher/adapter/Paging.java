package org.disclosurewatch.fetcher.adapter;

import java.net.URI;

/**
 * How the listing pages after the first are found.
 *
 * @param template null: found on each page (下一页/尾页/page-number links, paging scripts such as TRS
 *                 {@code createPageHTML}); otherwise the URL of page {@code n}, relative to the listing URL,
 *                 with {@code {n}} for the page number ({@code index_{n}.htm}, {@code ?page={n}})
 * @param first    the number of the second listing page in the template (the first page is the listing URL)
 */
public record Paging(String template, int first) {
    public static final Paging DISCOVER = new Paging(null, 1);

    public boolean discovers() {
        return template == null;
    }

    /** The URL of the {@code index}-th page after the first (0 = the second page). */
    public URI page(URI listingUrl, int index) {
        String rel = template.replace("{n}", Integer.toString(first + index));
        if (rel.startsWith("?")) {
            String s = listingUrl.toString();
            int q = s.indexOf('?');
            return URI.create((q < 0 ? s : s.substring(0, q)) + rel);
        }
        return listingUrl.resolve(rel);
    }
}
