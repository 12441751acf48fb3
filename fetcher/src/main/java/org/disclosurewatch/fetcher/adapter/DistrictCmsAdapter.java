package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;

/**
 * The CMS of Chongqing's district portals (a TRS derivative): listings at the column folder paginated
 * {@code index.html}, {@code index_1.html} … by {@code createPageHTML} and a 下一页 link; report pages at
 * {@code <yyyyMM>/t<yyyyMMdd>_<id>.html} with 发布时间 or 日期; mobile copies at {@code …_wap.html}.
 */
public final class DistrictCmsAdapter implements PortalAdapter {
    public static final String NAME = "district-cms";

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
        return html.contains("您当前的位置") && html.contains("createPageHTML") ? 1 : 0;
    }
}
