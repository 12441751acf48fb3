package org.disclosurewatch.parser.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.ReportParser;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.hostile.HostileDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pool with real worker processes: the same reports as in-process, a worker that overruns killed at the
 * time limit, one that runs out of memory replaced, and the next document parsed right after.
 */
@Timeout(120)
class ParseWorkerPoolTest {
    /**
     * No inflation budget to speak of (1 TB), so that the flate bomb below is a document that simply takes
     * long: what stops it here is the supervisor's time limit, not the content budget.
     */
    private static final ParserLimits LIMITS = new ParserLimits(20L << 20, 300, 1L << 40, Duration.ofSeconds(5));
    /** Slack for a machine shared with other work: a worker's answer is late by at most this. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    private static ParseWorkerPool pool;

    @BeforeAll
    static void start() {
        pool = new ParseWorkerPool(new PoolSettings(2, 64, LIMITS, Duration.ofSeconds(1), Duration.ofSeconds(60),
                java.util.List.of()));
    }

    /** Every test starts with all workers up (a replacement after a kill takes a few seconds). */
    @BeforeEach
    void allWorkersReady() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pool.status().idle() < pool.settings().workers() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(pool.settings().workers(), pool.status().idle(), pool.status().toString());
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    private static byte[] seed() {
        return Fixtures.seeds().get(0).bytes();
    }

    @Test
    void aWorkerReadsADocumentAsTheParserInProcessDoes() throws Exception {
        AnnualReport inProcess = new ReportParser(LIMITS).parse(seed(), "text/plain", null);
        AnnualReport isolated = pool.parse(seed(), "text/plain", null);
        assertEquals(new String(Json.write(inProcess), StandardCharsets.UTF_8),
                new String(Json.write(isolated), StandardCharsets.UTF_8));
        String reason = assertThrows(DocumentParseException.class,
                () -> pool.parse("%PDF-1.4\n%broken".getBytes(StandardCharsets.US_ASCII), null, null)).reason();
        assertTrue(reason.contains("PDF"), reason);
    }

    @Test
    void aParseThatOverrunsIsStoppedAtTheLimitAndTheNextDocumentIsRead() throws Exception {
        byte[] bomb = HostileDocuments.flateBombPdf(1L << 30);
        long start = System.nanoTime();
        String reason = assertThrows(DocumentParseException.class, () -> pool.parse(bomb, null, "bomb")).reason();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(reason.startsWith("parse exceeded 5 s"), reason);
        assertTrue(took.compareTo(pool.settings().hardLimit().plus(SLACK)) < 0, "took " + took);
        assertNextDocumentReadQuickly();
    }

    @Test
    void aDocumentThatNeedsMoreMemoryThanTheBudgetCostsOnlyItsWorker() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        while (html.length() < 12_000_000) {
            html.append("<p>段落</p>");
        }
        byte[] big = html.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        String reason = assertThrows(DocumentParseException.class, () -> pool.parse(big, "text/html", null)).reason();
        assertTrue(reason.startsWith("parse exceeded 64 MB"), reason);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(pool.settings().hardLimit().plus(SLACK)) < 0);
        assertNextDocumentReadQuickly();
        assertTrue(pool.status().replaced() >= 1, pool.status().toString());
    }

    @Test
    void whileOneWorkerIsStuckTheOtherGoesOn() throws Exception {
        byte[] bomb = HostileDocuments.flateBombPdf(1L << 30);
        CompletableFuture<String> stuck = CompletableFuture.supplyAsync(() -> {
            try {
                pool.parse(bomb, null, null);
                return "parsed";
            } catch (DocumentParseException e) {
                return e.reason();
            }
        });
        Thread.sleep(300);
        long start = System.nanoTime();
        assertEquals(2024, pool.parse(seed(), "text/plain", null).year());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
        assertTrue(stuck.get().startsWith("parse exceeded"), stuck.get());
    }

    private static void assertNextDocumentReadQuickly() throws DocumentParseException {
        long start = System.nanoTime();
        AnnualReport next = pool.parse(seed(), "text/plain", null, Duration.ofSeconds(10));
        assertEquals(2024, next.year());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the next document took " + took);
    }
}
