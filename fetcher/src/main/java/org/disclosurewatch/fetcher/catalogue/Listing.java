package org.disclosurewatch.fetcher.catalogue;

import java.net.URI;
import java.util.Optional;
import org.disclosurewatch.fetcher.adapter.ListApi;
import org.disclosurewatch.fetcher.adapter.RuleOverrides;

/**
 * One listing (annual-report column) of a portal.
 *
 * @param url       the listing as a user copied it from the browser (folder, {@code index.htm}, {@code list.jsp?…});
 *                  its first page is requested exactly so
 * @param body      the one body whose reports it lists, or null for a district column listing many bodies
 * @param overrides what this listing changes in its adapter's rules (on top of the portal's)
 * @param listApi   the list endpoint the listing fills itself from with JavaScript, if declared
 */
public record Listing(URI url, String body, RuleOverrides overrides, Optional<ListApi> listApi) {

    public Listing(URI url, String body) {
        this(url, body, RuleOverrides.NONE, Optional.empty());
    }

    public boolean listsManyBodies() {
        return body == null;
    }
}
