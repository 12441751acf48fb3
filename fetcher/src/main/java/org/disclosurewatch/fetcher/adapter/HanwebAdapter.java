package org.disclosurewatch.fetcher.adapter;

import java.net.URI;
import java.util.List;

/**
 * Hanweb (大汉) JCMS: listings {@code col/col<id>/index.html} whose first records sit in the page as
 * {@code <datastore><recordset><record><![CDATA[…]]></record>} for a script to render, the rest served by
 * {@code module/web/jpage/dataproxy.jsp?…&columnid=<id>} (declare it as the listing's {@code list-api});
 * report pages {@code art/<yyyy>/<M>/<d>/art_<col>_<id>.html}, {@code firstpublishedtime} meta tag.
 */
public final class HanwebAdapter implements PortalAdapter {
    public static final String NAME = "hanweb";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AdapterRules rules() {
        return AdapterRules.defaults().withUrlDates(List.of(AdapterRules.HANWEB_URL_DATE));
    }

    @Override
    public int recognises(URI url, String html) {
        String path = url.getPath() == null ? "" : url.getPath();
        return (path.matches(".*/col/col\\d+/.*") ? 2 : 0) + (html.contains("dataproxy.jsp") ? 2 : 0)
                + (html.contains("<datastore>") ? 1 : 0);
    }
}
