package org.disclosurewatch.validator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.validator.support.ReportText;
import org.junit.jupiter.api.Test;

/** What the reader takes from the part 一 texts of the real reports: every whole-year count, nothing else. */
class StatementReaderFixturesTest {

    private static String read(Fixtures.Fixture f, boolean html, ReportFormat format, int year) {
        String text = new String(f.bytes(), StandardCharsets.UTF_8);
        if (html) {
            text = ReportText.htmlText(text);
        }
        String part1 = ReportText.narrative(text).get(AnnualReport.PART1);
        List<StatedCount> counts = new StatementReader(Forms.of(format), year).read(part1);
        return counts.stream().map(c -> c.topics().stream().map(Topic::id).collect(Collectors.joining("+"))
                + "=" + c.value()).collect(Collectors.joining(" "));
    }

    @Test
    void readsEveryWholeYearCountOfTheSeeds() {
        List<Fixtures.Fixture> seeds = Fixtures.seeds();
        assertEquals("received=2 processed=2", read(seeds.get(0), false, ReportFormat.F2021, 2024));
        assertEquals("received=1", read(seeds.get(1), false, ReportFormat.F2021, 2024));
        assertEquals("received=4 review=1 litigation=0", read(seeds.get(2), false, ReportFormat.F2021, 2024));
        assertEquals("", read(seeds.get(3), false, ReportFormat.F2019, 2020));
        assertEquals("normative_issued=12 received=52 granted=19 partially_granted=9 denied=11 other=3"
                + " carried_forward=1 review=3 litigation=1 litigation_direct=2",
                read(seeds.get(4), false, ReportFormat.F2021, 2024));
    }

    @Test
    void readsEveryWholeYearCountOfThePortalPages() {
        assertEquals("normative_in_force=393 normative_issued=77 received=81 processed=81"
                + " granted+partially_granted=42 denied=5 unavailable=31 not_processed=1 other=2"
                + " review=2 litigation=7", read(Fixtures.realPages().get(0), true, ReportFormat.F2021, 2023));
        assertEquals("received=154 processed=148 carried_forward=6 review=36 litigation=9",
                read(Fixtures.realPages().get(1), true, ReportFormat.F2021, 2025));
    }
}
