package org.disclosurewatch.testkit.portal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One report page of the replica portal, in the district CMS layout: served at
 * {@code <column>/<yyyyMM>/t<yyyyMMdd>_<id>.html}, with a mobile copy at {@code …_wap.html} and attachments
 * next to it. The content can be replaced while the portal runs ({@link #replaceContent}) to model a
 * report the portal corrected.
 */
public final class SiteReport {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /** A file linked from the report page. */
    public record Attachment(String name, String path, String contentType, byte[] content) {
    }

    private final String hostKey;
    private final String columnPath;
    private final LocalDate publishedOn;
    private final String title;
    private final long id;
    private final List<Attachment> attachments = new CopyOnWriteArrayList<>();
    private volatile byte[] content;
    private volatile Instant modifiedAt;
    private volatile Charset charset = StandardCharsets.UTF_8;
    private volatile boolean wapCopy = true;
    private volatile boolean listWapLink;
    private volatile boolean listOnlyWapLink;
    private volatile boolean listed = true;
    private volatile boolean served = true;

    SiteReport(String hostKey, String columnPath, LocalDate publishedOn, String title, long id, byte[] content) {
        this.hostKey = hostKey;
        this.columnPath = columnPath;
        this.publishedOn = publishedOn;
        this.title = title;
        this.id = id;
        this.content = content.clone();
        this.modifiedAt = publishedOn.atTime(9, 13).atZone(java.time.ZoneOffset.ofHours(8)).toInstant();
    }

    public String hostKey() {
        return hostKey;
    }

    public String columnPath() {
        return columnPath;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String title() {
        return title;
    }

    public long id() {
        return id;
    }

    /** The desktop page path, e.g. {@code /zwgk/zfxxgknb/202501/t20250114_14000001.html}. */
    public String path() {
        return columnPath + publishedOn.format(MONTH) + "/t" + publishedOn.format(DAY) + "_" + id + ".html";
    }

    /** The mobile copy's path ({@code …_wap.html}). */
    public String wapPath() {
        return path().replace(".html", "_wap.html");
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasWapCopy() {
        return wapCopy;
    }

    public boolean listsWapLink() {
        return listWapLink;
    }

    public boolean listsOnlyWapLink() {
        return listOnlyWapLink;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** Links a file from the report page; {@code name} carries the extension (e.g. {@code 年报.pdf}). */
    public SiteReport withAttachment(String name, String contentType, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        String path = columnPath + publishedOn.format(MONTH) + "/P0" + publishedOn.format(DAY) + id + "_"
                + (attachments.size() + 1) + ext;
        attachments.add(new Attachment(name, path, contentType, bytes.clone()));
        return this;
    }

    /** Serves the page (and its mobile copy) in this charset, declared in a {@code <meta>} tag only. */
    public SiteReport encodedAs(Charset pageCharset) {
        this.charset = pageCharset;
        return this;
    }

    /** No {@code _wap} copy exists for this report. */
    public SiteReport withoutWapCopy() {
        this.wapCopy = false;
        return this;
    }

    /** The listing links both the desktop page and its {@code _wap} copy. */
    public SiteReport listedWithWapLink() {
        this.listWapLink = true;
        return this;
    }

    /** The listing links only the {@code _wap} copy. */
    public SiteReport listedAsWapOnly() {
        this.listOnlyWapLink = true;
        return this;
    }

    /** Whether the report's column lists it. */
    public boolean listed() {
        return listed;
    }

    /** Whether the report's page (with its mobile copy and attachments) is served; when not, it answers 404. */
    public boolean served() {
        return served;
    }

    /** Takes the report down: gone from its listing, and its page answers 404. */
    public SiteReport withdraw() {
        this.listed = false;
        this.served = false;
        return this;
    }

    /** Takes the report off its listing only; its page is still served to whoever has the link. */
    public SiteReport unlist() {
        this.listed = false;
        return this;
    }

    /** Publishes a withdrawn or unlisted report again, unchanged: listed and served. */
    public SiteReport republish() {
        this.listed = true;
        this.served = true;
        return this;
    }

    /** Replaces the report's content, as when a portal corrects a published report. */
    public SiteReport replaceContent(byte[] html) {
        this.content = html.clone();
        this.modifiedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return this;
    }
}
