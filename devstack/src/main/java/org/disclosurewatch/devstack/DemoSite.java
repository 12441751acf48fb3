package org.disclosurewatch.devstack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.SeedReports;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;

/**
 * The replica portal of the local stack and the end-to-end test: the district CMS of three Chongqing
 * districts, each with an annual-report column listing its seed reports rendered as portal pages.
 */
public final class DemoSite {
    /** The host and column whose listing the stack prints. */
    public static final String HOST = "district1";
    public static final String COLUMN = "/zwgk_159/zfxxgknb/";
    /** How many reports the site publishes. */
    public static final int REPORTS = Fixtures.SEED_NAMES.size();

    private DemoSite() {
    }

    /** The site: one host per district, each seed report published in its district's column. */
    public static Site site() {
        Site site = Site.create();
        Map<String, String> hostByRegion = new LinkedHashMap<>();
        HtmlRenderer renderer = new HtmlRenderer();
        long variant = 0;
        for (Fixtures.Fixture seed : Fixtures.seeds()) {
            AnnualReport report = SeedReports.report(seed);
            String host = hostByRegion.computeIfAbsent(report.region(), r -> "district" + (hostByRegion.size() + 1));
            site.addHost(host, report.region());
            LocalDate published = publicationDate(report);
            // the portal serves its pages as UTF-8 (it encodes whole pages itself when asked to imitate GBK sites)
            RenderOptions o = RenderOptions.random(variant++);
            RenderOptions utf8 = new RenderOptions(o.cellParagraphs(), o.headerSplit(), o.halfWidthParens(),
                    o.moneyStyle(), o.blankMark(), o.paddedNumbers(), o.pipeSeparated(), o.titleOnTwoLines(), false);
            byte[] html = renderer.render(report, published, utf8).content();
            site.addReport(host, COLUMN, published, report.title(), html);
        }
        return site;
    }

    public static ReplicaPortal start() {
        return ReplicaPortal.start(site());
    }

    /** Fetcher settings that point it at a written catalogue of the replica portal. */
    public static Map<String, String> fetcherConfig(Path catalogue) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("dw.fetcher.catalogue", catalogue.toAbsolutePath().toString());
        c.put("dw.fetcher.allow-loopback", "true");
        c.put("dw.fetcher.planner.enabled", "true");
        c.put("dw.fetcher.planner.initial-delay", "5s");
        return c;
    }

    /** A seed's publication date: two days after signing, or 20 January after the report year. */
    static LocalDate publicationDate(AnnualReport report) {
        return report.signedOn() != null ? report.signedOn().plusDays(2) : LocalDate.of(report.year() + 1, 1, 20);
    }
}
