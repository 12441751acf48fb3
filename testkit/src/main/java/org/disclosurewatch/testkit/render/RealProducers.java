package org.disclosurewatch.testkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The document producers agencies really use, run as processes: Chromium printing a page to PDF,
 * LibreOffice Writer exporting PDF and saving .doc/.docx, and scans (pages rasterised by {@code pdftoppm},
 * optionally turned and soiled by {@link ScanDamage}, bound into an image-only PDF by {@code img2pdf}).
 * Every call works in its own directory under the given work directory; LibreOffice gets a private user
 * profile there, so that parallel runs do not meet. A producer that fails or is missing raises an
 * {@link IllegalStateException} with its output.
 */
public final class RealProducers {
    /** Longest one producer call may take. */
    private static final long TIMEOUT_SECONDS = 180;

    private final Path work;

    /** @param work a directory the producers may write in (created when missing) */
    public RealProducers(Path work) {
        this.work = work.toAbsolutePath();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page setup for Chromium, injected as CSS into a copy of the page, so that tables break at other rows.
     *
     * @param name  for messages
     * @param size  CSS {@code @page size}, e.g. {@code "A4"}, {@code "A5 landscape"}
     * @param scale CSS {@code zoom} of the page body
     */
    public record PageSetup(String name, String size, double scale) {
        String css() {
            return "<style>@page { size: " + size + "; margin: 12mm; } html { zoom: " + scale + "; }</style>";
        }
    }

    /** Three page setups that break a report's tables at different rows. */
    public static final List<PageSetup> PAGE_SETUPS = List.of(
            new PageSetup("A4", "A4", 1.0),
            new PageSetup("A5 scaled 0.9", "A5", 0.9),
            new PageSetup("Letter landscape scaled 1.2", "letter landscape", 1.2));

    /** A document handed to LibreOffice: a file name (its extension tells the import filter) and its bytes. */
    public record Source(String fileName, byte[] content) {
    }

    /** LibreOffice export targets: the {@code --convert-to} argument and the extension of the result. */
    public enum OfficeTarget {
        PDF("pdf", "pdf"),
        DOC("doc:MS Word 97", "doc"),
        DOCX("docx:MS Word 2007 XML", "docx");

        private final String filter;
        private final String extension;

        OfficeTarget(String filter, String extension) {
            this.filter = filter;
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * An HTML page printed to PDF by headless Chromium with a page setup. The page's bytes are kept as they
     * are (in whatever charset it declares); the setup's CSS is inserted after its {@code <head>} tag.
     */
    public byte[] chromiumPdf(byte[] html, PageSetup setup) {
        Path dir = newDir("chromium");
        Path page = dir.resolve("page.html");
        Path pdf = dir.resolve("page.pdf");
        write(page, withCss(new String(html, StandardCharsets.ISO_8859_1), setup.css()).getBytes(StandardCharsets.ISO_8859_1));
        run(dir, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-extensions", "--no-first-run", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, page.toUri().toString()));
        deleteTree(dir.resolve("profile"));
        return readResult(pdf);
    }

    /**
     * Documents converted by LibreOffice Writer in one call (LibreOffice starts slowly, so batch them).
     *
     * @return the converted bytes by source file name, in the order given
     */
    public Map<String, byte[]> office(List<Source> sources, OfficeTarget target) {
        Path dir = newDir("office");
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", target.filter, "--outdir", out.toString()));
        for (Source s : sources) {
            Path f = in.resolve(s.fileName());
            write(f, s.content());
            command.add(f.toString());
        }
        run(dir, command);
        deleteTree(dir.resolve("profile"));
        Map<String, byte[]> result = new LinkedHashMap<>();
        for (Source s : sources) {
            String base = s.fileName().substring(0, s.fileName().lastIndexOf('.'));
            result.put(s.fileName(), readResult(out.resolve(base + "." + target.extension)));
        }
        return result;
    }

    /**
     * A PDF scanned: every page rasterised at {@code dpi}, damaged as asked, and bound into a PDF whose
     * pages are only images.
     */
    public byte[] scan(byte[] pdf, int dpi, ScanDamage damage) {
        Path dir = newDir("scan");
        Path source = dir.resolve("source.pdf");
        write(source, pdf);
        run(dir, List.of("pdftoppm", "-r", Integer.toString(dpi), "-gray", "-png", source.toString(),
                dir.resolve("page").toString()));
        List<Path> pages = list(dir, "page");
        List<String> command = new ArrayList<>(List.of("img2pdf", "--imgsize", dpi + "dpix" + dpi + "dpi",
                "--output", dir.resolve("scan.pdf").toString()));
        for (Path p : pages) {
            Path damaged = dir.resolve("scan-" + p.getFileName());
            write(damaged, damage.apply(read(p), dpi));
            command.add(damaged.toString());
        }
        run(dir, command);
        return readResult(dir.resolve("scan.pdf"));
    }

    /** The pages of a PDF as PNG images at {@code dpi} (an image attachment of a scanned report). */
    public List<byte[]> pageImages(byte[] pdf, int dpi) {
        Path dir = newDir("images");
        Path source = dir.resolve("source.pdf");
        write(source, pdf);
        run(dir, List.of("pdftoppm", "-r", Integer.toString(dpi), "-gray", "-png", source.toString(),
                dir.resolve("page").toString()));
        return list(dir, "page").stream().map(RealProducers::read).toList();
    }

    static String withCss(String html, String css) {
        int head = indexOfTag(html, "<head");
        if (head >= 0) {
            int end = html.indexOf('>', head);
            return html.substring(0, end + 1) + css + html.substring(end + 1);
        }
        return css + html;
    }

    private static int indexOfTag(String html, String tag) {
        return html.toLowerCase(java.util.Locale.ROOT).indexOf(tag);
    }

    private Path newDir(String kind) {
        try {
            return Files.createTempDirectory(work, kind + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path dir, List<String> command) {
        Path log = dir.resolve("producer.log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed with status " + p.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (is it installed? ./dw test installs it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static List<Path> list(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".png"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a producer's profile directory (Chromium's is tens of megabytes). */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | UncheckedIOException e) {
            // a profile left behind only takes space under the work directory
        }
    }

    private static byte[] readResult(Path file) {
        if (!Files.isRegularFile(file)) {
            String log = "";
            try {
                log = Files.readString(file.getParent().resolve("producer.log"));
            } catch (IOException ignored) {
                // the log is only for the message
            }
            throw new IllegalStateException("the producer wrote no " + file.getFileName() + ": " + log);
        }
        return read(file);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
