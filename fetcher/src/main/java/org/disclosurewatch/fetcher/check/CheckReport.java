package org.disclosurewatch.fetcher.check;

import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.disclosurewatch.fetcher.adapter.ReportLink;
import org.disclosurewatch.fetcher.crawl.CrawlObserver;
import org.disclosurewatch.fetcher.date.PublicationDate;

/** Prints a dry-run crawl as it happens. */
final class CheckReport implements CrawlObserver {
    private final PrintStream out;
    int reports;
    int attachments;

    CheckReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void listingPage(URI url, int reportLinks, List<URI> nextPages) {
        out.println("  listing     " + url + ": " + reportLinks + " report link" + (reportLinks == 1 ? "" : "s")
                + (nextPages.isEmpty() ? "" : "; names " + nextPages.size() + " further page" + (nextPages.size() == 1 ? "" : "s")));
    }

    @Override
    public void listingUnread(URI url, String reason) {
        out.println("  listing     " + url + ": NOT READ (" + reason + ")");
    }

    @Override
    public void report(ReportLink link, PublicationDate date, List<URI> found) {
        reports++;
        attachments += found.size();
        String when = date.date() == null ? "no publication date" : date.date() + " from " + date.source();
        out.println("  report      " + link.year() + "  " + when
                + (date.conflict() == null ? "" : " (other dates: " + date.conflict() + ")") + "  " + link.title());
        out.println("              " + link.url() + (link.attachment() ? "  (document linked from the listing)" : ""));
        for (URI a : found) {
            out.println("    attachment " + a);
        }
    }

    @Override
    public void deadLink(URI url, int status, Instant retryAt) {
        out.println("  dead link   " + url + " (HTTP " + status + "): recorded, tried again after " + retryAt);
    }

    @Override
    public void failed(URI url, String reason) {
        out.println("  failed      " + url + " (" + reason + ")");
    }
}
