package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TRS WCM: listings {@code index.htm(l)} / {@code index.shtml} paged by the script
 * {@code createPageHTML(total, current, "index", "htm")} ({@code index_1.htm} …); report pages
 * {@code <yyyyMM>/t<yyyyMMdd>_<id>.htm(l)} whose URL date is when the page was made; {@code PubDate} meta tag;
 * mobile copies {@code …_wap.htm(l)}.
 */
public final class TrsWcmAdapter implements PortalAdapter {
    public static final String NAME = "trs-wcm";
    private static final Pattern TRS_LINK = Pattern.compile("t(?:19|20)\\d{6}_\\d+\\.s?html?");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AdapterRules rules() {
        return AdapterRules.defaults().withUrlDates(List.of(AdapterRules.TRS_URL_DATE));
    }

    @Override
    public int recognises(URI url, String html) {
        return (html.contains("createPageHTML") ? 2 : 0) + (TRS_LINK.matcher(html).find() ? 2 : 0);
    }
}
