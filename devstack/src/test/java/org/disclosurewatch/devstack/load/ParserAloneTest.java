package org.disclosurewatch.devstack.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.junit.jupiter.api.Test;

/** The parser-alone figure comes from real parse workers reading the run's documents. */
class ParserAloneTest {
    @Test
    void measuresTheWorkersOnTheDocumentsAndRefusesAFigureWhenOneFails() {
        List<LoadRun.Doc> docs = new ArrayList<>();
        ReportGenerator gen = new ReportGenerator(3);
        Random random = new Random(3);
        for (int i = 0; i < 6; i++) {
            GeneratedReport r = gen.next();
            RenderedDocument d = new HtmlRenderer().render(r, RenderOptions.random(random));
            docs.add(new LoadRun.Doc(i, "http://load.test/x/" + i + ".html", FetchedDocument.sha256(d.content()), "html",
                    d.contentType(), d.content(), r.publishedOn()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Double rate = ParserAlone.measure(docs, 2, out);
        assertNotNull(rate, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(rate > 0, "rate " + rate);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).matches("(?s).*parser alone: [2-8] passes over 6 documents.*"),
                "read again until warm: " + bytes.toString(StandardCharsets.UTF_8));

        List<LoadRun.Doc> withBroken = new ArrayList<>(docs.subList(0, 2));
        byte[] broken = "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII);
        withBroken.add(new LoadRun.Doc(9, "http://load.test/x/9.pdf", FetchedDocument.sha256(broken), "pdf",
                "application/pdf", broken, null));
        assertNull(ParserAlone.measure(withBroken, 2, out));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("1 of 3 documents not parsed"),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWorkersAreWarmWhenAPassIsNoLongerClearlyFaster() {
        assertFalse(ParserAlone.warm(List.of()));
        assertFalse(ParserAlone.warm(List.of(100.0)), "one pass says nothing");
        assertFalse(ParserAlone.warm(List.of(100.0, 180.0)), "still compiling");
        assertFalse(ParserAlone.warm(List.of(100.0, 180.0, 195.0)), "8 % faster");
        assertTrue(ParserAlone.warm(List.of(100.0, 180.0, 185.0)), "under 5 % faster");
        assertTrue(ParserAlone.warm(List.of(180.0, 150.0)), "slower");
    }
}
