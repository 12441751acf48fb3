package org.disclosurewatch.fetcher.adapter;

import java.net.URI;

/**
 * A list endpoint a listing page fills itself from with JavaScript, declared in the catalogue.
 *
 * @param url      URL template (absolute, or relative to the listing URL) with {@code {page}} for the page number,
 *                 or {@code {start}} / {@code {end}} for the first and last record number (from 1)
 * @param format   {@code json} or {@code xml}
 * @param items    where the items sit: a dot path in JSON ({@code data.list}); an element name in XML
 *                 ({@code record}); an XML item without child elements is read as an HTML fragment (Hanweb
 *                 records in CDATA)
 * @param title    field (dot path in the item, or child element) holding the title
 * @param link     field holding the link (resolved against the listing URL)
 * @param date     field holding the publication date, or null
 * @param first    number of the first page
 * @param pageSize records per page, for {@code {start}} / {@code {end}}
 */
public record ListApi(String url, String format, String items, String title, String link, String date, int first,
                      int pageSize) {

    public boolean json() {
        return "json".equals(format);
    }

    /** The URL of the {@code index}-th page (0 = first), resolved against the listing URL. */
    public URI page(URI listingUrl, int index) {
        int start = index * pageSize + 1;
        String u = url.replace("{page}", Integer.toString(first + index))
                .replace("{start}", Integer.toString(start))
                .replace("{end}", Integer.toString(start + pageSize - 1));
        return listingUrl.resolve(u);
    }
}
