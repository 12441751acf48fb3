package org.disclosurewatch.parser.isolation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.render.RealProducers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OCR budget in real worker processes: a page image takes longer to read than the time limit, so the
 * worker tells its supervisor before OCR starts and the supervisor allows the OCR budget; with no more OCR
 * budget than the time limit the parse is stopped with the OCR reason.
 */
@Timeout(240)
class OcrBudgetTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static byte[] pageImage;

    @BeforeAll
    static void image() {
        RealProducers producers = new RealProducers(Path.of("target", "ocr-budget"));
        byte[] pdf = producers.chromiumPdf(Fixtures.realPages().get(1).bytes(), RealProducers.PAGE_SETUPS.get(0));
        pageImage = producers.pageImages(pdf, 200).get(3); // a page of the requests table
    }

    private static ParseWorkerPool pool(Duration ocrTime) {
        ParserLimits limits = new ParserLimits(20L << 20, 300, 100L << 20, LIMIT, ocrTime, 20);
        return new ParseWorkerPool(new PoolSettings(1, 256, limits, Duration.ofSeconds(1), Duration.ofSeconds(60), List.of()));
    }

    @Test
    void anImageIsReadByOcrBeyondTheTimeLimitWithinTheOcrBudget() throws Exception {
        try (ParseWorkerPool pool = pool(Duration.ofSeconds(120))) {
            long start = System.nanoTime();
            AnnualReport report = pool.parse(pageImage, "image/png", "file:page.png", Duration.ofSeconds(90));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(report.diagnostics().contains("read by OCR (tesseract chi_sim), 1 page"), report.diagnostics().toString());
            assertTrue(took.compareTo(pool.settings().hardLimit()) > 0,
                    "the page took " + took + ", longer than the time limit: the OCR budget let it finish");
        }
    }

    @Test
    void ocrBeyondItsBudgetIsStoppedWithTheOcrReason() throws Exception {
        try (ParseWorkerPool pool = pool(LIMIT)) {
            String reason = assertThrows(DocumentParseException.class,
                    () -> pool.parse(pageImage, "image/png", "file:page.png", Duration.ofSeconds(90))).reason();
            assertTrue(reason.startsWith("parse exceeded 2 s while reading the scan by OCR"), reason);
        }
    }
}
