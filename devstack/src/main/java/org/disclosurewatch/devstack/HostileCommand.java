package org.disclosurewatch.devstack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.hostile.CorpusRun;
import org.disclosurewatch.testkit.hostile.HostileCorpus;

/**
 * {@code ./dw hostile}: feeds the hostile corpus to the running local stack's parser through the broker and
 * prints what became of each document and how long it took, with the normal document sent right after it;
 * then checks that the parser process is the same one and still live, and shows what the stack listens on.
 * Exits 1 when a document had no outcome within 35 s, a normal one was not parsed within 5 s, or the parser
 * restarted.
 */
public final class HostileCommand {
    private static final Duration BOUND = Duration.ofSeconds(35);
    private static final Duration NEXT = Duration.ofSeconds(5);
    private static final String PARSER = "http://127.0.0.1:" + ServiceProcess.Service.PARSER.defaultPort;

    private HostileCommand() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:" + Integer.getInteger("dw.kafka.port", 19092);
        Optional<ProcessHandle> before = parserProcess();
        if (before.isEmpty() || status("/q/health/live") != 200) {
            System.err.println("the local stack's parser is not running: ./dw run first");
            System.exit(2);
        }
        System.out.println("parser pid " + before.get().pid() + "; making the corpus ...");
        List<HostileCorpus.Case> corpus = HostileCorpus.all();
        byte[] normal = Fixtures.seeds().get(0).bytes();
        int bad = 0;
        System.out.printf("%-36s %-11s %9s %9s  %s%n", "document", "outcome", "took", "next", "reason");
        try (CorpusRun run = new CorpusRun(bootstrap)) {
            for (HostileCorpus.Case c : corpus) {
                CorpusRun.Outcome o = run.submit(c.name(), c.contentType(), c.bytes(), BOUND);
                CorpusRun.Outcome next = run.submit("normal", "text/plain", normal, NEXT);
                boolean ok = o.ended() && next.ended() && !next.deadLettered()
                        && (c.reason() == null || (o.deadLettered() && o.reason() != null && o.reason().contains(c.reason())));
                bad += ok ? 0 : 1;
                System.out.printf("%-36s %-11s %9s %9s  %s%s%n", c.name(),
                        !o.ended() ? "none" : o.deadLettered() ? "dead letter" : "parsed", ms(o), ms(next),
                        o.reason() == null ? "" : o.reason(), ok ? "" : "   <-- FAILED");
            }
        }
        Optional<ProcessHandle> after = parserProcess();
        boolean same = after.isPresent() && after.get().pid() == before.get().pid();
        int live = status("/q/health/live");
        System.out.println("parser process " + (same ? "unchanged (pid " + before.get().pid() + ")" : "CHANGED")
                + ", /q/health/live " + live);
        System.out.println("listening sockets of the stack (ss -ltn):");
        listening().forEach(l -> System.out.println("  " + l));
        boolean passed = bad == 0 && same && live == 200;
        System.out.println(passed ? "every document ended within 35 s and the next was parsed within 5 s"
                : bad + " document(s) failed the bounds");
        System.exit(passed ? 0 : 1);
    }

    private static String ms(CorpusRun.Outcome o) {
        return o.ended() ? o.took().toMillis() + " ms" : "-";
    }

    private static Optional<ProcessHandle> parserProcess() {
        String port = "-Dquarkus.http.port=" + ServiceProcess.Service.PARSER.defaultPort;
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains(port) && c.contains("quarkus-run.jar")).orElse(false)).findFirst();
    }

    private static int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PARSER + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static List<String> listening() {
        List<String> ports = List.of(":8080 ", ":8081 ", ":8082 ", ":8083 ", ":19092 ", ":19093 ", ":15432 ");
        try {
            Process p = new ProcessBuilder("ss", "-ltn").redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                return r.lines().filter(l -> ports.stream().anyMatch(l::contains))
                        .map(l -> l.replaceAll("\\s+", " ").trim()).toList();
            }
        } catch (java.io.IOException e) {
            return List.of("(ss not available: " + e.getMessage() + ")");
        }
    }
}
