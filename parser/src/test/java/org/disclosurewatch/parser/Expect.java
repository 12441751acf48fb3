package org.disclosurewatch.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.Forms;

/** Assertions on a parse of a {@link SampleReport}. */
final class Expect {
    private Expect() {
    }

    /**
     * Every cell of the 2021 form is present; cells whose sample text is a plain integer read as that
     * integer, except those listed in {@code special} (path → expected value, null for blank).
     */
    static void cells(AnnualReport report, SampleReport sample, Map<String, BigDecimal> special) {
        List<String> wrong = new ArrayList<>();
        for (String path : Forms.FORM_2021.cells().keySet()) {
            CellPath p = CellPath.parse(path);
            assertTrue(report.hasCell(p), "cell present: " + path);
            BigDecimal got = report.cell(p);
            BigDecimal want;
            if (special.containsKey(path)) {
                want = special.get(path);
            } else if (path.endsWith("amount_yuan")) {
                continue;
            } else {
                want = new BigDecimal(sample.cell(path));
            }
            if (want == null ? got != null : got == null || want.compareTo(got) != 0) {
                wrong.add(path + " expected " + want + " got " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }

    static void cells(AnnualReport report, SampleReport sample) {
        cells(report, sample, Map.of("active_disclosure.administrative_fees.amount_yuan", new BigDecimal("125000")));
    }
}
