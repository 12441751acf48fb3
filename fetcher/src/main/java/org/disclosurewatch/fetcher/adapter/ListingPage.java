package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;

/** What one listing page offers: its report links (as listed) and the further listing pages it names. */
public record ListingPage(List<ReportLink> reports, List<URI> nextPages) {
    public ListingPage {
        reports = List.copyOf(reports);
        nextPages = List.copyOf(nextPages);
    }
}
