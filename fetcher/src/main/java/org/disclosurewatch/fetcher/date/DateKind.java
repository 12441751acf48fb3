package org.disclosurewatch.fetcher.date;

/** Where a date of a document was read, and whether the portal shows it as the publication date. */
public enum DateKind {
    /** Beside the link on the listing page. */
    LISTING("listing", true),
    /** On the page under a publication label (发布时间, 发布日期, 日期, 时间, 更新时间 …). */
    PAGE("page", true),
    /** In a meta tag of the page (PubDate, firstpublishedtime …). */
    META("meta", true),
    /** In the URL (TRS {@code t<yyyyMMdd>_}, Hanweb {@code art/yyyy/M/d/}, Epoint {@code /<yyyyMMdd>/}): when the page was made. */
    URL("url", false),
    /** 成文日期: when the document was written, never its publication. */
    WRITTEN("written", false);

    private final String tag;
    private final boolean shownAsPublication;

    DateKind(String tag, boolean shownAsPublication) {
        this.tag = tag;
        this.shownAsPublication = shownAsPublication;
    }

    public String tag() {
        return tag;
    }

    /** Whether the portal presents this date as the publication date. */
    public boolean shownAsPublication() {
        return shownAsPublication;
    }
}
