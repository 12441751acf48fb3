package org.disclosurewatch.fetcher.catalogue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A catalogue entry: one portal (host) and its annual-report listings.
 *
 * @param id        stable identifier, carried on every document as {@code portal_id}
 * @param region    the region the portal serves
 * @param adapter   name of the adapter that reads its pages
 * @param verified  whether the listing URLs were checked against the live portal
 * @param delay     pause between requests to this host, overriding the default
 * @param maxPages  listing pages read per listing and round, overriding the default
 * @param notBefore reports published before this date are ignored and paging stops at them
 * @param listings  the annual-report columns
 * @param overrides what the entry changes in its adapter's rules (link area, title pattern, date labels, paging)
 */
public record Portal(String id, String region, String adapter, boolean verified, Optional<Duration> delay,
                     Optional<Integer> maxPages, Optional<LocalDate> notBefore, List<Listing> listings,
                     org.disclosurewatch.fetcher.adapter.RuleOverrides overrides) {

    public Portal(String id, String region, String adapter, boolean verified, Optional<Duration> delay,
                  Optional<Integer> maxPages, Optional<LocalDate> notBefore, List<Listing> listings) {
        this(id, region, adapter, verified, delay, maxPages, notBefore, listings,
                org.disclosurewatch.fetcher.adapter.RuleOverrides.NONE);
    }

    /** The host key ({@code host[:port]}) of the portal's listings. */
    public String host() {
        return HostKey.of(listings.get(0).url());
    }
}
