package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;
import org.disclosurewatch.fetcher.date.DateCandidate;

/**
 * What a report page says about itself.
 *
 * @param dates       the dates it shows (labels, meta tags, its URL), in the order found
 * @param attachments documents linked from the page (PDF, DOC, DOCX, WPS, images, ZIP), absolute
 */
public record ReportPage(List<DateCandidate> dates, List<URI> attachments) {
    public ReportPage {
        dates = List.copyOf(dates);
        attachments = List.copyOf(attachments);
    }
}
