package org.disclosurewatch.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.ReportParser;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.disclosurewatch.parser.isolation.PoolSettings;
import org.disclosurewatch.testkit.generate.GeneratedReport;
import org.disclosurewatch.testkit.generate.ReportGenerator;
import org.disclosurewatch.testkit.render.DocxRenderer;
import org.disclosurewatch.testkit.render.HtmlRenderer;
import org.disclosurewatch.testkit.render.PdfRenderer;
import org.disclosurewatch.testkit.render.RealProducers;
import org.disclosurewatch.testkit.render.ScanDamage;
import org.disclosurewatch.testkit.render.RenderOptions;
import org.disclosurewatch.testkit.render.ReportRenderer;
import org.disclosurewatch.testkit.render.TextRenderer;

/**
 * Reports per second per core for each representation: the full structured parse (every cell of the three
 * tables, metadata, narrative) in process and as the service runs it (in one supervised worker process,
 * documents and reports crossing its pipes), against Apache Tika's plain-text extraction of the same files,
 * in one run, one thread each; then the seconds per page of scans read by OCR. Usage:
 * {@code ./dw bench [reports-per-representation] [rounds] [scans]}.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, ReportRenderer> renderers = new LinkedHashMap<>();
        renderers.put("text", new TextRenderer());
        renderers.put("html", new HtmlRenderer());
        renderers.put("docx", new DocxRenderer());
        renderers.put("pdf", new PdfRenderer());

        ReportParser parser = new ReportParser();
        // the service's way: each document sent to a supervised worker process and its report read back
        ParseWorkerPool isolated = new ParseWorkerPool(PoolSettings.of(1, 256, ParserLimits.defaults()));
        AutoDetectParser tika = new AutoDetectParser();
        out.printf("%d generated reports per representation, %d timed rounds after one warm-up round; "
                + "median of rounds; one thread (= one core)%n", count, rounds);
        out.printf("%-6s %10s %16s %16s %16s %8s %14s %14s%n", "repr", "avg bytes", "parse rep/s", "in worker rep/s",
                "tika text rep/s", "ratio", "parse cpu ms", "tika cpu ms");
        for (var e : renderers.entrySet()) {
            List<byte[]> docs = new ArrayList<>();
            ReportGenerator gen = new ReportGenerator(42);
            Random rnd = new Random(7);
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                GeneratedReport r = gen.next();
                byte[] d = e.getValue().render(r, RenderOptions.random(rnd)).content();
                docs.add(d);
                bytes += d.length;
            }
            double[] ours = median(rounds, () -> {
                for (byte[] d : docs) {
                    parser.parse(d, null, null);
                }
            }, count);
            double[] inWorker = median(rounds, () -> {
                for (byte[] d : docs) {
                    isolated.parse(d, null, null);
                }
            }, count);
            double[] theirs = median(rounds, () -> {
                for (byte[] d : docs) {
                    BodyContentHandler h = new BodyContentHandler(-1);
                    tika.parse(new ByteArrayInputStream(d), h, new Metadata(), new ParseContext());
                    if (h.toString().isEmpty()) {
                        throw new IllegalStateException("Tika extracted no text");
                    }
                }
            }, count);
            out.printf("%-6s %10d %16.1f %16.1f %16.1f %7.2fx %14.2f %14.2f%n", e.getKey(), bytes / count, ours[0],
                    inWorker[0], theirs[0], ours[0] / theirs[0], ours[1], theirs[1]);
        }
        isolated.close();
        int scans = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ocr(parser, scans, out);
    }

    /**
     * Seconds per page of a scan read by OCR: generated reports printed by Chromium (A4), rasterised at 300 dpi by
     * {@code pdftoppm} and bound by {@code img2pdf} (the real producers of the tests), each parsed once in process.
     */
    private static void ocr(ReportParser parser, int scans, PrintStream out) throws Exception {
        if (scans <= 0) {
            return;
        }
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("dw-bench-ocr");
        RealProducers producers = new RealProducers(work);
        ReportGenerator gen = new ReportGenerator(4242);
        long nanos = 0;
        int pages = 0;
        try {
            for (int i = 0; i < scans; i++) {
                byte[] html = new HtmlRenderer().render(gen.next(), RenderOptions.plain()).content();
                byte[] scan = producers.scan(producers.chromiumPdf(html, RealProducers.PAGE_SETUPS.get(0)), 300,
                        ScanDamage.none());
                try (var doc = org.apache.pdfbox.Loader.loadPDF(scan)) {
                    pages += doc.getNumberOfPages();
                }
                long t = System.nanoTime();
                parser.parse(scan, "application/pdf", null);
                nanos += System.nanoTime() - t;
            }
        } catch (RuntimeException e) {
            out.printf("ocr    skipped: the real producers (chromium, pdftoppm, img2pdf) or tesseract are not usable here (%s)%n",
                    e.getMessage());
            return;
        }
        out.printf("ocr    %d scanned reports (%d pages, 300 dpi, Chromium print -> pdftoppm -> img2pdf), tesseract chi_sim: "
                + "%.1f s per page, %.1f s per report, one parse at a time%n", scans, pages, nanos / 1e9 / pages,
                nanos / 1e9 / scans);
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work once to warm up, then {@code rounds} times; returns the median throughput in reports/s and
     * the median CPU time of the measuring thread in ms per report (steadier than the throughput on a machine
     * whose cores other processes share; work done in another process, as in the worker, is not counted).
     */
    private static double[] median(int rounds, Work work, int reports) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.run();
        double[] rates = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            rates[i] = reports / ((System.nanoTime() - t) / 1e9);
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6 / reports;
        }
        Arrays.sort(rates);
        Arrays.sort(cpu);
        return new double[] {rates[rounds / 2], cpu[rounds / 2]};
    }
}
