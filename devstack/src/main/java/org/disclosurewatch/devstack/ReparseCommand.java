package org.disclosurewatch.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.disclosurewatch.contracts.json.Json;

/**
 * {@code ./dw reparse [--parser-older-than V] [--region R] [--dry-run] [--rate N]}: asks the store
 * ({@code POST /api/reparse}, role operator) to send the originals of the selected stored versions back through
 * the parser and validator on the re-read topic, then follows the run ({@code GET /api/reparse/{id}}) until every
 * original sent was re-read and prints {@code reparse: <n> read, <c> changed, <f> findings added, <g> findings gone}.
 * Exits 0 when the run finished, 1 when it did not within {@code --timeout} (the run goes on in the store), 2 on a
 * usage error.
 */
public final class ReparseCommand {
    static final String USAGE = "usage: ./dw reparse [--parser-older-than V] [--region R] [--dry-run] [--rate N]"
            + " [--store URL] [--user NAME:PASSWORD] [--timeout DURATION]";

    private ReparseCommand() {
    }

    /**
     * What the command was asked.
     *
     * @param rate    originals a second, or null for the store's default (dw.store.reparse.rate-per-second, 2)
     * @param timeout how long to follow the run (default 30 minutes)
     */
    record Options(String parserOlderThan, String region, boolean dryRun, Double rate, String store, String user,
                   Duration timeout) {
        static Options parse(String... args) {
            String older = null;
            String region = null;
            boolean dry = false;
            Double rate = null;
            String store = "http://127.0.0.1:8080";
            String user = "operator:operator";
            Duration timeout = Duration.ofMinutes(30);
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--parser-older-than" -> older = value(args, ++i, a);
                    case "--region" -> region = value(args, ++i, a);
                    case "--dry-run" -> dry = true;
                    case "--rate" -> {
                        String v = value(args, ++i, a);
                        try {
                            rate = Double.valueOf(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--rate takes originals a second, not " + v);
                        }
                        if (!(rate > 0)) {
                            throw new IllegalArgumentException("--rate must be above 0");
                        }
                    }
                    case "--store" -> store = value(args, ++i, a).replaceAll("/+$", "");
                    case "--user" -> user = value(args, ++i, a);
                    case "--timeout" -> timeout = Duration.parse("PT" + value(args, ++i, a).toUpperCase());
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(older, region, dry, rate, store, user, timeout);
        }

        /** The request that starts the run. */
        URI startUri() {
            List<String> q = new ArrayList<>();
            if (parserOlderThan != null) {
                q.add("parser_older_than=" + encode(parserOlderThan));
            }
            if (region != null) {
                q.add("region=" + encode(region));
            }
            if (dryRun) {
                q.add("dry_run=true");
            }
            if (rate != null) {
                q.add("rate=" + rate);
            }
            return URI.create(store + "/api/reparse" + (q.isEmpty() ? "" : "?" + String.join("&", q)));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            System.out.println(e.getMessage());
            System.out.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(o));
        } catch (IOException | RuntimeException e) {
            System.out.println("reparse failed: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    static int run(Options o) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(o.user().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(o.startUri())
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() / 100 != 2) {
            System.out.println("reparse refused by the store: HTTP " + started.statusCode() + " " + started.body());
            return 1;
        }
        JsonNode run = Json.mapper().readTree(started.body());
        long id = run.path("id").asLong();
        System.out.printf("reparse run %d%s: %d version(s) selected, %d matching without an original%n", id,
                o.dryRun() ? " (dry run, nothing sent)" : "", run.path("selected").asInt(),
                run.path("without_original").asInt());
        if (o.dryRun()) {
            System.out.println(run.path("summary").asText());
            return 0;
        }
        long until = System.nanoTime() + o.timeout().toNanos();
        String last = "";
        while (!run.path("done").asBoolean()) {
            if (System.nanoTime() > until) {
                System.out.println(run.path("summary").asText() + " (not finished within " + o.timeout()
                        + "; GET " + o.store() + "/api/reparse/" + id + " to follow it)");
                return 1;
            }
            Thread.sleep(2000);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o.store() + "/api/reparse/" + id))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                continue;
            }
            run = Json.mapper().readTree(r.body());
            String progress = "  sent " + run.path("sent").asInt() + "/" + run.path("selected").asInt() + ", "
                    + run.path("summary").asText();
            if (!progress.equals(last)) {
                System.out.println(progress);
                last = progress;
            }
        }
        System.out.println(run.path("summary").asText());
        return 0;
    }
}
