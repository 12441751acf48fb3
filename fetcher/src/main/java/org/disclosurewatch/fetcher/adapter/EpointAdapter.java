package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Epoint (新点) WebBuilder: listings {@code …/subpage.html}, {@code moreinfo.html} or with a query string, paged
 * by page-number links, 下一页 and 尾页 ({@code ?pageIndex=N}, {@code N.html}), or a REST list endpoint
 * (declare it as the listing's {@code list-api}); report pages {@code …/<yyyyMMdd>/<uuid>.html} with
 * 发布日期 (or 信息时间) beside 成文日期.
 */
public final class EpointAdapter implements PortalAdapter {
    public static final String NAME = "epoint";
    private static final Pattern EPOINT_LINK = Pattern.compile("/(?:19|20)\\d{6}/[0-9a-fA-F-]{32,36}\\.html");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AdapterRules rules() {
        return AdapterRules.defaults().withUrlDates(List.of(AdapterRules.EPOINT_URL_DATE));
    }

    @Override
    public int recognises(URI url, String html) {
        return (EPOINT_LINK.matcher(html).find() ? 3 : 0) + (html.contains("EWB-FRONT") || html.contains("epoint") ? 1 : 0);
    }
}
