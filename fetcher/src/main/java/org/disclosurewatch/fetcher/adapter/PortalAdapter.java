package org.disclosurewatch.fetcher.adapter;

import java.net.URI;

/**
 * Reads one portal layout. A portal with another layout is supported by one more implementation (registered
 * as a CDI bean) and catalogue entries naming it in {@code adapter:}.
 */
public interface PortalAdapter {

    /** The name catalogue entries use. */
    String name();

    /** The URL of listing page {@code page} (0 = first) of a catalogued listing. */
    URI listingPage(URI listingUrl, int page);

    /** Reads a listing page (already decoded). */
    ListingPage readListing(URI pageUrl, String html, int page);

    /** Reads a report page (already decoded). */
    ReportPage readReport(URI pageUrl, String html);

    /** The URL naming the filing a URL belongs to (mobile copies map to the desktop page), normalised. */
    URI canonical(URI url);
}
