package org.disclosurewatch.fetcher.app;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;

/** Starts a two-host replica portal and points the fetcher's catalogue at it. */
public class ReplicaPortalResource implements QuarkusTestResourceLifecycleManager {
    static final String QJ_COLUMN = "/zwgk_159/zfxxgknb/qzfxxgknb/";
    static final String YZ_COLUMN = "/bm_229/qyjj/zwgk_97157/zfxxgknb_97166/";
    static volatile ReplicaPortal portal;

    @Override
    public Map<String, String> start() {
        Site site = Site.create().pageSize(2);
        site.addHost("qj", "重庆市綦江区").addColumn("qj", QJ_COLUMN, "重庆市綦江区人民政府");
        site.addHost("yz", "重庆市酉阳县").addColumn("yz", YZ_COLUMN, null);
        for (int year = 2022; year <= 2024; year++) {
            site.addReport("qj", QJ_COLUMN, LocalDate.of(year + 1, 3, 20), "重庆市綦江区人民政府" + year + "年政府信息公开工作年度报告",
                    "<p>綦江 " + year + "</p>");
            site.addReport("yz", YZ_COLUMN, LocalDate.of(year + 1, 1, 27),
                    "重庆市酉阳土家族苗族自治县应急管理局" + year + "年政府信息公开工作年度报告", "<p>酉阳 " + year + "</p>");
        }
        portal = ReplicaPortal.start(site);
        try {
            Path catalogue = Files.createTempFile("portals-", ".yaml");
            portal.writeCatalogue(catalogue, java.time.Duration.ofMillis(20));
            catalogue.toFile().deleteOnExit();
            return Map.of("dw.fetcher.catalogue", catalogue.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (portal != null) {
            portal.close();
        }
    }
}
