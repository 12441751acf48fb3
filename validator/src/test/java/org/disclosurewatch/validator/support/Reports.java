package org.disclosurewatch.validator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;

/** Building reports for tests from answer keys and from each other. */
public final class Reports {
    private Reports() {
    }

    /** The answer key read directly as a report (it has no narrative, title or kind). */
    public static AnnualReport fromKey(String keyJson) {
        try {
            return Json.mapper().readValue(keyJson, AnnualReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with a title and narrative, as a parser would deliver it. */
    public static AnnualReport withText(AnnualReport r, String title, Map<String, String> narrative) {
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, title, r.agency(), r.agencyLevel(), r.region(), r.year(),
                r.format(), r.signedOn(), r.activeDisclosure(), r.requests(), r.reviewsAndLitigation(), narrative,
                r.provenance(), r.diagnostics());
    }

    /** A deep copy whose cells can be changed without touching the original. */
    public static AnnualReport copy(AnnualReport r) {
        return new AnnualReport(r.kind(), r.title(), r.agency(), r.agencyLevel(), r.region(), r.year(), r.format(),
                r.signedOn(), r.activeDisclosure().copy(), r.requests().copy(), r.reviewsAndLitigation().copy(),
                Map.copyOf(r.narrative()), r.provenance(), r.diagnostics());
    }

    public static AnnualReport withNarrative(AnnualReport r, Map<String, String> narrative) {
        return new AnnualReport(r.kind(), r.title(), r.agency(), r.agencyLevel(), r.region(), r.year(), r.format(),
                r.signedOn(), r.activeDisclosure(), r.requests(), r.reviewsAndLitigation(), narrative,
                r.provenance(), r.diagnostics());
    }

    public static AnnualReport withCells(AnnualReport r, Cells active, Cells requests, Cells reviews) {
        return new AnnualReport(r.kind(), r.title(), r.agency(), r.agencyLevel(), r.region(), r.year(), r.format(),
                r.signedOn(), active, requests, reviews, r.narrative(), r.provenance(), r.diagnostics());
    }

    /** The "published_on" of a key, or null. */
    public static java.time.LocalDate publishedOn(JsonNode key) {
        JsonNode p = key.get("published_on");
        return p == null || p.isNull() ? null : java.time.LocalDate.parse(p.asText());
    }
}
