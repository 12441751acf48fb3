package org.disclosurewatch.fetcher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurewatch.testkit.portal.FamilyReplica;
import org.disclosurewatch.testkit.portal.FamilyReplicas;
import org.disclosurewatch.testkit.portal.ReplicaPortal;
import org.disclosurewatch.testkit.portal.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalCheckTest {

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new PortalCheck(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(PortalCheck.Options.parse(args));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        return out;
    }

    @Test
    void aBareUrlIsCheckedWithTheFamilyItLooksLikeAndNothingIsEmitted(@TempDir Path dir) throws Exception {
        List<FamilyReplica> families = FamilyReplicas.all();
        Site site = Site.create();
        families.forEach(f -> f.publish(site));
        site.robots("trs", "User-agent: *\nDisallow: /private/\n");
        try (ReplicaPortal portal = ReplicaPortal.start(site)) {
            Path catalogue = Files.writeString(dir.resolve("c.yaml"), FamilyReplica.catalogue(portal, "10ms", families));
            for (FamilyReplica family : families) {
                boolean listApi = family.adapter().equals("hanweb");
                String bare = run("--allow-loopback", "--delay", "10ms", family.listingUrl(portal));
                assertTrue(bare.contains("adapter     " + family.adapter() + " (recognised"), bare);
                assertEquals(listApi, bare.contains("declare the endpoint as the listing's list-api"), bare);
                String out = listApi
                        ? run("--allow-loopback", "--catalogue", catalogue.toString(), "--portal", "hanweb-hanweb")
                        : bare;
                assertTrue(out.contains("robots.txt") && out.contains(": allows "), out);
                for (FamilyReplica.Expected x : family.expected(portal)) {
                    assertTrue(out.contains("report      " + x.year() + "  " + x.publishedOn() + " from " + x.dateSource()),
                            x + " in\n" + out);
                    for (String doc : x.documentUrls()) {
                        assertTrue(out.contains(doc), doc + " in\n" + out);
                    }
                }
                long reports = out.lines().filter(l -> l.startsWith("  report ")).count();
                assertEquals(family.expected(portal).size(), reports, out);
                assertTrue(out.contains("1 dead links, 0 failed fetches; nothing emitted"), out);
            }
            String out = run("--allow-loopback", "--catalogue", catalogue.toString(), "--portal", "hanweb-hanweb");
            assertTrue(out.contains("portal hanweb-hanweb") && out.contains("dataproxy.jsp"), out);
            assertFalse(out.contains("portal trs-trs"), out);
        }
    }
}
