package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report page says about itself.
 *
 * @param publishedOn  the publication date shown on the page or carried by its URL, or null
 * @param attachments  documents linked from the page (.pdf, .doc, .docx, .wps), absolute
 */
public record ReportPage(LocalDate publishedOn, List<URI> attachments) {
}
