package org.disclosurewatch.parser.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs the {@code tesseract} command line on one image (written to a temporary PNG) and reads its TSV output:
 * the words with their boxes and confidences. The process is killed when it overruns its timeout.
 */
public final class TesseractCli {
    /** The language read: simplified Chinese (its model reads digits and Latin letters too). */
    public static final String LANGUAGE = "chi_sim";
    private static final String EXECUTABLE = System.getProperty("dw.tesseract", "tesseract");
    private static volatile Boolean available;

    private TesseractCli() {
    }

    /** Whether {@code tesseract} runs here and has the {@value #LANGUAGE} model (checked once). */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder(EXECUTABLE, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals(LANGUAGE));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The words of an image.
     *
     * @param psm     Tesseract's page segmentation mode (6: one uniform block of text)
     * @param timeout the process is killed after this long
     * @throws IOException the process failed, timed out or could not be started
     */
    public static List<OcrWord> read(BufferedImage image, int psm, Duration timeout) throws IOException {
        Path dir = Files.createTempDirectory("dw-ocr");
        try {
            Path png = dir.resolve("page.png");
            ImageIO.write(image, "png", png.toFile());
            return parseTsv(run(dir, png, psm, timeout));
        } finally {
            deleteTree(dir);
        }
    }

    private static String run(Path dir, Path input, int psm, Duration timeout) throws IOException {
        Path base = dir.resolve("out");
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(EXECUTABLE, input.toString(), base.toString(), "-l", LANGUAGE,
                "--psm", Integer.toString(psm), "--dpi", "300", "-c", "preserve_interword_spaces=1", "tsv")
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        p.getOutputStream().close();
        boolean done;
        try {
            done = p.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while tesseract ran", e);
        }
        if (!done) {
            p.destroyForcibly();
            throw new IOException("tesseract did not finish within " + timeout.toSeconds() + " s");
        }
        Path tsv = dir.resolve("out.tsv");
        if (p.exitValue() != 0 || !Files.exists(tsv)) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            throw new IOException("tesseract failed (exit status " + p.exitValue() + "): "
                    + text.strip().lines().reduce((x, y) -> y).orElse(""));
        }
        return Files.readString(tsv, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** The words (level 5 rows with text) of Tesseract's TSV output. */
    static List<OcrWord> parseTsv(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                long line = Long.parseLong(f[2]) * 1_000_000L + Long.parseLong(f[3]) * 1_000L + Long.parseLong(f[4]);
                words.add(new OcrWord(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Double.parseDouble(f[10]), line));
            } catch (NumberFormatException e) {
                // a malformed row: skipped
            }
        }
        return words;
    }
}
