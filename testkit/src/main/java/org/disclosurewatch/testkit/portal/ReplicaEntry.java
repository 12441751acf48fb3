package org.disclosurewatch.testkit.portal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a family replica's listing: a report (with the dates the portal shows for it and how it is
 * published) or another item (工作要点, 解读, 通知 …) that a crawler must leave alone.
 */
public final class ReplicaEntry {
    /** A file linked from the report page (or, for {@link #linkedAsAttachmentOnly()}, from the listing). */
    public record File(String name, String contentType, byte[] content) {
    }

    final String title;
    final int year;
    final LocalDate publishedOn;
    final boolean report;
    final long id;
    LocalDate madeOn;
    LocalDate writtenOn;
    String pageLabel = "发布时间";
    boolean dateOnPage = true;
    boolean listingOnlyAttachment;
    boolean mobileCopy;
    int deadStatus;
    String content;
    Charset charset = StandardCharsets.UTF_8;
    final List<File> attachments = new ArrayList<>();

    ReplicaEntry(String title, int year, LocalDate publishedOn, boolean report, long id) {
        this.title = title;
        this.year = year;
        this.publishedOn = publishedOn;
        this.madeOn = publishedOn;
        this.report = report;
        this.id = id;
        this.content = "<p>" + CmsPages.escape(title) + "</p><p>一、总体情况</p>";
    }

    public String title() {
        return title;
    }

    /** The statistics year of a report (0 for other items). */
    public int year() {
        return year;
    }

    /** The publication date the portal shows (listing, page, meta tags). */
    public LocalDate publishedOn() {
        return publishedOn;
    }

    public boolean isReport() {
        return report;
    }

    public long id() {
        return id;
    }

    /** The day the page was made, which the CMS writes into its URL. */
    public LocalDate madeOn() {
        return madeOn;
    }

    public int deadStatus() {
        return deadStatus;
    }

    public boolean hasMobileCopy() {
        return mobileCopy;
    }

    public boolean linkedAsAttachmentOnly() {
        return listingOnlyAttachment;
    }

    public List<File> attachments() {
        return List.copyOf(attachments);
    }

    public String pageLabel() {
        return dateOnPage ? pageLabel : null;
    }

    /** The CMS made the page {@code days} after the publication date (its URL carries the later date). */
    public ReplicaEntry madeDaysLater(int days) {
        this.madeOn = publishedOn.plusDays(days);
        return this;
    }

    /** The page shows the publication date under this label (发布时间, 发布日期, 时间, 信息时间 …). */
    public ReplicaEntry pageLabel(String label) {
        this.pageLabel = label;
        this.dateOnPage = true;
        return this;
    }

    /** The page shows no date at all (only the listing does). */
    public ReplicaEntry noDateOnPage() {
        this.dateOnPage = false;
        return this;
    }

    /** The page also shows 成文日期 (the day the report was written). */
    public ReplicaEntry writtenOn(LocalDate date) {
        this.writtenOn = date;
        return this;
    }

    /** The listing links straight to this file instead of a report page. */
    public ReplicaEntry onlyAsListedAttachment(String name, String contentType, byte[] bytes) {
        this.listingOnlyAttachment = true;
        this.attachments.clear();
        this.attachments.add(new File(name, contentType, bytes.clone()));
        return this;
    }

    /** The report page links this file. */
    public ReplicaEntry withAttachment(String name, String contentType, byte[] bytes) {
        this.attachments.add(new File(name, contentType, bytes.clone()));
        return this;
    }

    /** The report page has no text of its own, only its attachments. */
    public ReplicaEntry attachmentOnlyPage() {
        this.content = "";
        return this;
    }

    /** A mobile copy of the page exists and the listing links it beside the desktop page. */
    public ReplicaEntry withMobileCopy() {
        this.mobileCopy = true;
        return this;
    }

    /** The listing links it, but the page answers this status (404, 410). */
    public ReplicaEntry dead(int status) {
        this.deadStatus = status;
        return this;
    }

    /** The report's own content: an HTML fragment, or a whole page (a rendered report) whose body is used. */
    public ReplicaEntry content(byte[] html) {
        this.content = CmsPages.body(html);
        return this;
    }
}
