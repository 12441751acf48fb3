package org.disclosurewatch.fetcher.adapter;

import java.util.List;

/** What one listing page offers: its report links (newest first, as listed) and whether a next page exists. */
public record ListingPage(List<ReportLink> reports, boolean hasNextPage) {
}
