package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.time.LocalDate;

/**
 * A report found on a listing page.
 *
 * @param url          the URL to fetch (the desktop page when the listing links both copies)
 * @param canonicalUrl the URL naming the filing
 * @param title        the link title
 * @param publishedOn  the date shown on the listing or carried by the URL, or null
 */
public record ReportLink(URI url, URI canonicalUrl, String title, LocalDate publishedOn) {
}
