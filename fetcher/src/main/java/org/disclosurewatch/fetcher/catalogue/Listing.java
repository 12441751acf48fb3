package org.disclosurewatch.fetcher.catalogue;

import java.net.URI;

/**
 * One listing (annual-report column) of a portal.
 *
 * @param url   the listing folder, e.g. {@code https://cqqj.gov.cn/bm/qcgj/zwgk_58450/zfxxgknb_58459/}
 * @param body  the one body whose reports it lists, or null for a district column listing many bodies
 */
public record Listing(URI url, String body) {
    public boolean listsManyBodies() {
        return body == null;
    }
}
