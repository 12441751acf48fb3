package org.disclosurewatch.testkit.portal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A replica of one CMS family's annual-report column, built from the family's structure (file names, paging,
 * list endpoints, where dates sit, attachments, mobile copies, encodings) and served as files of a {@link Site}
 * host. Each family writes its catalogue entry and says what a crawler should find ({@link #expected}).
 */
public abstract class FamilyReplica {
    /** What a crawler should emit for one report: its documents, year, publication date and where that date is read. */
    public record Expected(String canonicalUrl, List<String> documentUrls, int year, LocalDate publishedOn,
                           String dateSource, String title) {
    }

    private static final AtomicLong IDS = new AtomicLong(97_000L);

    protected final String hostKey;
    protected final String region;
    protected final String body;
    protected final List<ReplicaEntry> entries = new ArrayList<>();
    protected int pageSize = 3;

    protected FamilyReplica(String hostKey, String region, String body) {
        this.hostKey = hostKey;
        this.region = region;
        this.body = body;
    }

    /** The adapter name catalogue entries use for this family. */
    public abstract String adapter();

    /** Writes the column's files into the site. */
    public abstract void publish(Site site);

    /** The listing URL a user would copy from the browser. */
    public abstract String listingUrl(ReplicaPortal portal);

    /** What a crawler should find. */
    public abstract List<Expected> expected(ReplicaPortal portal);

    /** Extra lines of the listing's catalogue entry (list endpoint, paging …), indented for a listing. */
    protected String listingExtras() {
        return "";
    }

    public String hostKey() {
        return hostKey;
    }

    public List<ReplicaEntry> entries() {
        return List.copyOf(entries);
    }

    public FamilyReplica pageSize(int n) {
        this.pageSize = n;
        return this;
    }

    /** Adds a report of the body (which must be named) for a statistics year, published on a date (listed newest first in insertion order). */
    public ReplicaEntry report(int year, LocalDate publishedOn) {
        return add(body + year + "年政府信息公开工作年度报告", year, publishedOn, true);
    }

    /** Adds a report with its own title. */
    public ReplicaEntry report(String title, int year, LocalDate publishedOn) {
        return add(title, year, publishedOn, true);
    }

    /** Adds an item that is not a report (工作要点, 解读 …). */
    public ReplicaEntry other(String title, LocalDate publishedOn) {
        return add(title, 0, publishedOn, false);
    }

    private ReplicaEntry add(String title, int year, LocalDate publishedOn, boolean report) {
        ReplicaEntry e = new ReplicaEntry(title, year, publishedOn, report, IDS.incrementAndGet());
        if (report) {
            defaults(e);
        }
        entries.add(e);
        return e;
    }

    /** How the family shows a report unless told otherwise (where the page shows its date). */
    protected void defaults(ReplicaEntry e) {
    }

    /** The catalogue entry (YAML, one item of {@code portals:}) for this column. */
    public String catalogueEntry(ReplicaPortal portal, String delay) {
        return "  - id: \"" + adapter() + "-" + hostKey + "\"\n"
                + "    region: \"" + region + "\"\n"
                + "    adapter: " + adapter() + "\n"
                + "    verified: true\n"
                + (delay == null ? "" : "    delay: " + delay + "\n")
                + "    listings:\n"
                + "      - url: \"" + listingUrl(portal) + "\"\n"
                + (body == null ? "        many-bodies: true\n" : "        body: \"" + body + "\"\n")
                + listingExtras();
    }

    /** A whole catalogue of some replicas. */
    public static String catalogue(ReplicaPortal portal, String delay, List<? extends FamilyReplica> replicas) {
        StringBuilder y = new StringBuilder("# replica portals of CMS families, written by FamilyReplica\nportals:\n");
        replicas.forEach(r -> y.append(r.catalogueEntry(portal, delay)));
        return y.toString();
    }

    protected static String page(String charsetLabel, String title, String head, String bodyHtml) {
        return "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + charsetLabel + "\"><title>" + CmsPages.escape(title) + "</title>" + head + "</head><body>\n"
                + bodyHtml + "\n</body></html>\n";
    }

    protected static void html(Site site, String hostKey, String path, String html, Charset cs) {
        site.addFile(hostKey, path, cs.equals(StandardCharsets.UTF_8) ? "text/html; charset=utf-8" : "text/html",
                html.getBytes(cs));
    }

    protected static String esc(String s) {
        return CmsPages.escape(s);
    }

    protected static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }
}
