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

    /** The first of the fixed ports the local stack serves the demo hosts on (district1 = this, district2 = +1 …). */
    public static final int FIRST_PORT = 18101;

    /**
     * The site on fixed loopback ports, so its URLs (the keys of what the fetcher remembers) are the same after
     * a restart of the local stack, which then re-emits nothing.
     */
    public static ReplicaPortal startOnFixedPorts() {
        Site site = site();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String host : site.hostKeys()) {
            ports.put(host, FIRST_PORT + ports.size());
        }
        return ReplicaPortal.start(site, ports);
    }

    /** HTTP Basic users of the local stack's fetcher and store: {@code operator}/{@code operator} with role operator. */
    public static Map<String, String> localLogin() {
        return Map.of("quarkus.security.users.embedded.users.operator", "operator",
                "quarkus.security.users.embedded.roles.operator", "operator");
    }

    /** Fetcher settings that point it at a written catalogue of the replica portal. */
    public static Map<String, String> fetcherConfig(Path catalogue) {
        return fetcherConfig(catalogue, true);
    }

    /** Fetcher settings that point it at a catalogue; loopback hosts only when {@code allowLoopback}. */
    public static Map<String, String> fetcherConfig(Path catalogue, boolean allowLoopback) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("dw.fetcher.catalogue", catalogue.toAbsolutePath().toString());
        c.put("dw.fetcher.allow-loopback", String.valueOf(allowLoopback));
        c.put("dw.fetcher.planner.enabled", "true");
        c.put("dw.fetcher.planner.initial-delay", "5s");
        return c;
    }

    /** A seed's publication date: two days after signing, or 20 January after the report year. */
    static LocalDate publicationDate(AnnualReport report) {
        return report.signedOn() != null ? report.signedOn().plusDays(2) : LocalDate.of(report.year() + 1, 1, 20);
    }
}
