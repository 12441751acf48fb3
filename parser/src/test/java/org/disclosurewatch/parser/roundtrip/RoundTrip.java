package org.disclosurewatch.parser.roundtrip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.parser.ReportParser;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.RenderedDocument;
import org.disclosurewatch.testkit.render.ReportRenderer;

/**
 * Renders generated reports, parses them back and compares every cell of the form and the report's
 * identity (agency, level, region, year, format, signing date) with what was generated. Half the reports
 * leave some cells blank. The number of reports is {@code roundtrip.count} (system property) or the
 * representation's default; {@code roundtrip.seed} changes the reports drawn.
 */
final class RoundTrip {
    private static final int SHOWN = 16;
    private static final int PER_REPORT = 3;
    /** Longest a single parse may take before it counts as failed. */
    private static final int PARSE_TIMEOUT_SECONDS = 30;

    /** The outcome of one representation's round trip. */
    record Result(String representation, int reports, int cells, int differingCells, List<String> differences) {
        String summary() {
            return representation + ": " + reports + " reports, " + differingCells + " differing cells (of " + cells + ")";
        }
    }

    private RoundTrip() {
    }

    static int count(int defaultCount) {
        return Integer.getInteger("roundtrip.count", defaultCount);
    }

    static Result run(String representation, ReportRenderer renderer, long baseSeed, int reports) {
        long seed = Long.getLong("roundtrip.seed", 0L) + baseSeed;
        ReportGenerator clean = new ReportGenerator(seed);
        ReportGenerator blanks = ReportGenerator.withBlanks(seed + 1);
        Random optionRandom = new Random(seed + 2);
        ReportParser parser = new ReportParser();
        List<String> differences = new ArrayList<>();
        ExecutorService worker = newWorker();
        int cells = 0;
        int differing = 0;
        for (int i = 0; i < reports; i++) {
            GeneratedReport generated = (i % 2 == 0 ? clean : blanks).next();
            RenderOptions options = RenderOptions.random(optionRandom);
            AnnualReport expected = generated.report();
            String where = representation + " #" + i + " (" + expected.agency() + " " + expected.year() + ", form "
                    + expected.format().id() + ", " + options + ")";
            List<String> found = new ArrayList<>();
            int reportCells = expected.form().cells().size() + 6;
            cells += reportCells;
            AnnualReport actual;
            RenderedDocument doc = renderer.render(generated, options);
            Future<AnnualReport> parsing = worker.submit(
                    () -> parser.parse(doc.content(), doc.contentType(), generated.documentUrl()));
            try {
                actual = parsing.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                parsing.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                differing += reportCells;
                record(differences, where + ": parse did not finish within " + PARSE_TIMEOUT_SECONDS + " s");
                continue;
            } catch (ExecutionException | InterruptedException e) {       // a parser bug must not end the run
                differing += reportCells;
                record(differences, where + ": parse failed: " + (e.getCause() != null ? e.getCause() : e));
                continue;
            }
            compare(found, "agency", expected.agency(), actual.agency());
            compare(found, "agency_level", expected.agencyLevel(), actual.agencyLevel());
            compare(found, "region", expected.region(), actual.region());
            compare(found, "year", expected.year(), actual.year());
            compare(found, "format", expected.format(), actual.format());
            compare(found, "signed_on", expected.signedOn(), actual.signedOn());
            for (String path : expected.form().cells().keySet()) {
                BigDecimal want = expected.cell(path);
                BigDecimal got = actual.format() == null && actual.activeDisclosure().isEmpty() ? null : actual.cell(path);
                boolean same = want == null ? got == null && hasCell(actual, path) : got != null && want.compareTo(got) == 0;
                if (!same) {
                    found.add(path + ": expected " + text(want) + ", got "
                            + (got == null && !hasCell(actual, path) ? "no cell" : text(got)));
                }
            }
            differing += found.size();
            for (int f = 0; f < Math.min(found.size(), PER_REPORT); f++) {
                record(differences, where + ": " + found.get(f));
            }
            if (found.size() > PER_REPORT) {
                record(differences, where + ": ... " + (found.size() - PER_REPORT) + " more");
            }
        }
        worker.shutdownNow();
        Result result = new Result(representation, reports, cells, differing, differences);
        System.out.println(result.summary());
        result.differences().forEach(d -> System.out.println("  " + d));
        return result;
    }

    /** Parses run on a daemon thread, so that a parse that never ends cannot hold up the run. */
    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "round-trip parse");
            t.setDaemon(true);
            return t;
        });
    }

    private static boolean hasCell(AnnualReport report, String path) {
        return report.hasCell(org.disclosurewatch.contracts.form.CellPath.parse(path));
    }

    private static String text(BigDecimal v) {
        return v == null ? "blank" : v.toPlainString();
    }

    private static void compare(List<String> found, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            found.add(field + ": expected " + expected + ", got " + actual);
        }
    }

    private static void record(List<String> differences, String difference) {
        if (differences.size() < SHOWN) {
            differences.add(difference);
        }
    }
}
