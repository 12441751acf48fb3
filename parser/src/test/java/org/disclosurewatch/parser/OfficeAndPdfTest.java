package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.junit.jupiter.api.Test;

/** The same report as DOCX (merged cells) and as PDF (ruled tables split over pages, drawing artefacts). */
class OfficeAndPdfTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void docxWithGridSpanAndVerticalMerges() throws Exception {
        SampleReport s = new SampleReport();
        AnnualReport r = parser.parse(SampleDocuments.docx(s), null, null);
        assertEquals(DocumentKind.ANNUAL_REPORT, r.kind());
        assertEquals(SampleReport.AGENCY, r.agency());
        assertEquals(LocalDate.of(2025, 1, 20), r.signedOn());
        Expect.cells(r, s);
    }

    @Test
    void pdfTableSplitOverPagesWithRepeatedHeaderAndPageNumbers() throws Exception {
        SampleReport s = new SampleReport();
        AnnualReport r = parser.parse(SampleDocuments.pdf(s, 12), "application/pdf", null);
        assertEquals(SampleReport.AGENCY, r.agency());
        assertEquals(2024, r.year());
        assertEquals(LocalDate.of(2025, 1, 20), r.signedOn());
        Expect.cells(r, s);
    }

    @Test
    void pdfNumbersRunTogetherOrDrawnInPiecesAreReadByColumn() throws Exception {
        SampleReport s = new SampleReport()
                .set("requests.new_received.natural_person", "6400")
                .set("requests.new_received.commercial_enterprise", "20")
                .set("requests.new_received.research_institution", "470")
                .set("requests.carried_over.natural_person", "1§0")
                .set("reviews_and_litigation.review.upheld", "")
                .set("requests.granted.total", "-");
        AnnualReport r = parser.parse(SampleDocuments.pdf(s, 20), "application/pdf", null);
        java.util.HashMap<String, BigDecimal> want = new java.util.HashMap<>(Map.of(
                "active_disclosure.administrative_fees.amount_yuan", new BigDecimal("125000"),
                "requests.new_received.natural_person", new BigDecimal(6400),
                "requests.new_received.commercial_enterprise", new BigDecimal(20),
                "requests.new_received.research_institution", new BigDecimal(470),
                "requests.carried_over.natural_person", new BigDecimal(10)));
        want.put("reviews_and_litigation.review.upheld", null);
        want.put("requests.granted.total", null);
        Expect.cells(r, s, want);
    }
}
