package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.time.LocalDate;

/**
 * A report found on a listing.
 *
 * @param url          the URL to fetch (the desktop page when the listing links both copies)
 * @param canonicalUrl the URL naming the filing
 * @param title        the link title
 * @param year         the statistics year the title names
 * @param listedOn     the date shown beside the link on the listing, or null
 * @param attachment   the link leads straight to a document (PDF, DOC …), not to a report page
 */
public record ReportLink(URI url, URI canonicalUrl, String title, int year, LocalDate listedOn, boolean attachment) {
}
