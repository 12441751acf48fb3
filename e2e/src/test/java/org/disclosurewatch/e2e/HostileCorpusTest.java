package org.disclosurewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.disclosurewatch.devstack.ChildProcess;
import org.disclosurewatch.devstack.ServiceProcess;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.hostile.CorpusRun;
import org.disclosurewatch.testkit.hostile.HostileCorpus;
import org.disclosurewatch.testkit.hostile.HostileDocuments;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged parser service, at the heap the local stack gives it, on the real broker, fed the hostile
 * corpus: every document ends (report or dead letter with its reason) within the 30 s limit plus 5 s, the
 * normal document sent right after it is parsed within 5 s, and the service neither restarts nor leaves
 * its consumer group. {@code POST /api/parse} holds the same bounds.
 */
class HostileCorpusTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration BOUND = Duration.ofSeconds(30 + 5);
    private static final Duration NEXT = Duration.ofSeconds(5);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ChildProcess parser;
    private static String http;
    private static String bootstrap;

    @BeforeAll
    static void startParser() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        Path work = Files.createDirectories(ROOT.resolve("e2e/target/hostile"));
        int port = TestInfrastructure.freePort();
        parser = ServiceProcess.start(ROOT, Service.PARSER, port, Map.of("kafka.bootstrap.servers", bootstrap),
                work.resolve("logs"), "e2e-hostile", 240);
        http = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopParser() {
        if (parser != null) {
            parser.stop();
        }
    }

    @Test
    void everyHostileDocumentEndsInTimeAndTheNextDocumentIsParsedRightAfter() throws Exception {
        long pid = parser.pid();
        byte[] normal = Fixtures.seeds().get(0).bytes();
        List<String> failures = new ArrayList<>();
        try (CorpusRun run = new CorpusRun(bootstrap)) {
            CorpusRun.Outcome warm = run.submit("warm-up", "text/plain", normal, Duration.ofSeconds(60));
            assertTrue(warm.ended() && !warm.deadLettered(), "a normal document is parsed: " + warm);
            for (HostileCorpus.Case c : HostileCorpus.all()) {
                CorpusRun.Outcome o = run.submit(c.name(), c.contentType(), c.bytes(), BOUND);
                CorpusRun.Outcome next = run.submit("normal after " + c.name(), "text/plain", normal, NEXT);
                System.out.printf("%-36s %-13s %6s  next %6s  %s%n", c.name(),
                        !o.ended() ? "NO OUTCOME" : o.deadLettered() ? "dead letter" : "parsed",
                        o.ended() ? o.took().toMillis() + " ms" : "-", next.ended() ? next.took().toMillis() + " ms" : "-",
                        o.reason() == null ? "" : o.reason());
                if (!o.ended()) {
                    failures.add(c + ": no outcome within " + BOUND);
                } else if (c.reason() != null && !(o.deadLettered() && o.reason() != null && o.reason().contains(c.reason()))) {
                    failures.add(c + ": expected a dead letter saying '" + c.reason() + "', got " + o);
                }
                if (!next.ended() || next.deadLettered()) {
                    failures.add("the normal document after " + c + " was not parsed within " + NEXT + ": " + next);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(parser.isAlive());
        assertEquals(pid, parser.pid(), "the service never restarted");
        assertEquals(200, get("/q/health/live").statusCode());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var group = admin.describeConsumerGroups(List.of("dw-parser")).all().get().get("dw-parser");
            assertFalse(group.members().isEmpty(), "the parser is still in its consumer group: " + group);
        }
    }

    @Test
    void theHttpEndpointHoldsTheSameBounds() throws Exception {
        byte[] flateBomb = HostileDocuments.flateBombPdf(5L << 30);
        long start = System.nanoTime();
        HttpResponse<String> bomb = post(flateBomb, "application/pdf");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(422, bomb.statusCode(), bomb.body());
        assertTrue(bomb.body().contains("compression bomb"), bomb.body());
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
        HttpResponse<String> spans = post(HostileDocuments.spanBombHtml(), "text/html");
        assertEquals(422, spans.statusCode(), spans.body());
        start = System.nanoTime();
        HttpResponse<String> ok = post(Fixtures.seeds().get(0).bytes(), "text/plain");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(NEXT) < 0);
        HttpResponse<String> tooLarge = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/api/parse"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/pdf").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[22 << 20])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), "a body over the limit is refused before it is read");
        assertEquals(200, get("/q/health/live").statusCode());
    }

    private static HttpResponse<String> post(byte[] body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(http + "/api/parse"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(http + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
