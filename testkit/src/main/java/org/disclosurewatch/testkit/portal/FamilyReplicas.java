package org.disclosurewatch.testkit.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;

/**
 * Replica columns of three CMS families, each with the situations a crawler meets there: reports and other items
 * (工作要点, 解读, 通知), paging by script, by list endpoint and by links, dates only in the listing or under
 * different labels beside 成文日期, URLs made days after publication, a report only as an attachment, mobile
 * copies, GBK pages and a dead link. {@link #main} serves them ({@link #demo()}: filled with generated filings) on
 * fixed loopback ports for {@code ./dw replicas}.
 */
public final class FamilyReplicas {
    /** The fixed ports {@link #main} serves on, per host. */
    public static final Map<String, Integer> PORTS = Map.of("trs", 18201, "hanweb", 18202, "epoint", 18203);

    private static final byte[] PDF = "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCX = "PK docx report".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private FamilyReplicas() {
    }

    public static TrsWcmReplica trs() {
        TrsWcmReplica trs = new TrsWcmReplica("trs", "某省某市", "某市人民政府", "/zwgk/zfxxgknb/");
        trs.report(2024, LocalDate.of(2025, 3, 7)).madeDaysLater(3).withMobileCopy()
                .withAttachment("2024年年报.pdf", "application/pdf", PDF);
        trs.other("2025年政务公开工作要点", LocalDate.of(2025, 2, 20));
        trs.report(2023, LocalDate.of(2024, 1, 20));
        trs.other("《2023年政府信息公开工作年度报告》解读", LocalDate.of(2024, 1, 21));
        trs.report(2022, LocalDate.of(2023, 1, 18)).onlyAsListedAttachment("2022年年报.pdf", "application/pdf", PDF);
        trs.report(2021, LocalDate.of(2022, 1, 15)).dead(404);
        trs.report(2020, LocalDate.of(2021, 1, 20)).madeDaysLater(1);
        return trs;
    }

    public static HanwebReplica hanweb() {
        HanwebReplica h = new HanwebReplica("hanweb", "某省某县", "某县人民政府", 1234);
        h.report(2024, LocalDate.of(2025, 1, 25)).madeDaysLater(2);
        h.report(2023, LocalDate.of(2024, 1, 22)).pageLabel("发布日期");
        h.other("关于做好2024年政府信息公开工作年度报告编制工作的通知", LocalDate.of(2024, 12, 1));
        h.report(2022, LocalDate.of(2023, 1, 30)).onlyAsListedAttachment("2022年年报.docx", DOCX_TYPE, DOCX);
        h.report(2021, LocalDate.of(2022, 1, 28)).dead(410);
        h.report(2020, LocalDate.of(2021, 1, 26));
        h.report(2019, LocalDate.of(2020, 1, 20)).withAttachment("2019年年报扫描件.jpg", "image/jpeg", JPG);
        return h;
    }

    public static EpointReplica epoint() {
        EpointReplica e = new EpointReplica("epoint", "某省某区", "某区人民政府", "/xxgk/zfxxgknb/", "004002");
        e.pageSize(2);
        e.report(2024, LocalDate.of(2025, 1, 27)).writtenOn(LocalDate.of(2025, 1, 10)).madeDaysLater(2);
        e.report(2023, LocalDate.of(2024, 1, 25)).pageLabel("信息时间");
        e.other("2024年度政府信息公开工作年度报告解读", LocalDate.of(2025, 1, 28));
        e.report(2022, LocalDate.of(2023, 1, 28)).attachmentOnlyPage().withAttachment("2022年度报告.docx", DOCX_TYPE, DOCX);
        e.report(2021, LocalDate.of(2022, 1, 20)).dead(404);
        e.report(2020, LocalDate.of(2021, 1, 22));
        return e;
    }

    public static List<FamilyReplica> all() {
        return List.of(trs(), hanweb(), epoint());
    }

    /**
     * The same three structures filled with generated correct filings of many bodies (rendered report pages, a
     * rendered DOCX where the report is only an attachment), so the whole pipeline can ingest them.
     */
    public static List<FamilyReplica> demo() {
        HtmlRenderer html = new HtmlRenderer();
        DocxRenderer docx = new DocxRenderer();
        List<FamilyReplica> families = List.of(
                new TrsWcmReplica("trs", "某省某市", null, "/zwgk/zfxxgknb/"),
                new HanwebReplica("hanweb", "某省某县", null, 1234),
                new EpointReplica("epoint", "某省某区", null, "/xxgk/zfxxgknb/", "004002").pageSize(2));
        long seed = 11;
        for (FamilyReplica f : families) {
            ReportGenerator gen = new ReportGenerator(seed++);
            List<GeneratedReport> reports = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reports.add(gen.next());
            }
            reports.sort(java.util.Comparator.comparing(GeneratedReport::publishedOn).reversed());
            for (int i = 0; i < reports.size(); i++) {
                GeneratedReport g = reports.get(i);
                AnnualReport r = g.report();
                ReplicaEntry e = f.report(r.title(), r.year(), g.publishedOn())
                        .content(html.render(r, g.publishedOn(), RenderOptions.plain()).content());
                switch (i) {
                    case 0 -> e.madeDaysLater(3).withMobileCopy();
                    case 2 -> {
                        byte[] doc = docx.render(r, g.publishedOn(), RenderOptions.plain()).content();
                        if (f instanceof EpointReplica) {
                            e.attachmentOnlyPage().withAttachment(r.title() + ".docx", DocxRenderer.CONTENT_TYPE, doc);
                        } else {
                            e.onlyAsListedAttachment(r.title() + ".docx", DocxRenderer.CONTENT_TYPE, doc);
                        }
                    }
                    default -> {
                    }
                }
                if (i == 1) {
                    f.other(r.year() + 1 + "年政务公开工作要点", g.publishedOn());
                    f.report(r.agency() + (r.year() - 1) + "年政府信息公开工作年度报告", r.year() - 1, g.publishedOn().minusYears(1))
                            .dead(404);
                }
            }
        }
        return families;
    }

    /** Serves the three replicas on {@link #PORTS}, writes their catalogue, prints the listing URLs; runs until killed. */
    public static void main(String[] args) throws Exception {
        List<FamilyReplica> families = demo();
        Site site = Site.create();
        families.forEach(f -> f.publish(site));
        ReplicaPortal portal = ReplicaPortal.start(site, PORTS);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        Path catalogue = Path.of(args.length > 0 ? args[0] : ".dw/replicas.yaml");
        if (catalogue.getParent() != null) {
            Files.createDirectories(catalogue.getParent());
        }
        Files.writeString(catalogue, FamilyReplica.catalogue(portal, "200ms", families), StandardCharsets.UTF_8);
        Map<String, String> urls = new LinkedHashMap<>();
        families.forEach(f -> urls.put(f.adapter(), f.listingUrl(portal)));
        System.out.println("replica portals (loopback):");
        urls.forEach((k, v) -> System.out.println("  " + k + "  " + v));
        System.out.println("catalogue: " + catalogue.toAbsolutePath());
        System.out.flush();
        Thread.currentThread().join();
    }
}
