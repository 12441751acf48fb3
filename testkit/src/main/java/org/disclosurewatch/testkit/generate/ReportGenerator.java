package org.disclosurewatch.testkit.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;

/**
 * Makes up annual reports for tests and benchmarks, deterministically for a seed.
 *
 * <p>A report from {@link #next()} is a correct filing: kind annual report, a made-up agency with its level
 * and region, a year that fits its form (2019 form: 2019–2020; 2021 form: 2021 on), every cell of the form
 * filled so that all identities hold, a part 一 that states the table numbers ({@link NarrativePhrases}),
 * a signing date in January–March of the next year (rarely none) and a publication date on or before the
 * statutory deadline of its level. {@link #withBlanks(long)} makes a generator whose reports also leave
 * some cells blank; those reports are for round-trip tests, not correct filings.
 */
public final class ReportGenerator {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Random random;
    private final double blankRate;

    /** A generator of correct filings. */
    public ReportGenerator(long seed) {
        this(seed, 0);
    }

    private ReportGenerator(long seed, double blankRate) {
        this.random = new Random(seed);
        this.blankRate = blankRate;
    }

    /** A generator whose reports leave about one cell in twelve blank (null). */
    public static ReportGenerator withBlanks(long seed) {
        return new ReportGenerator(seed, 1.0 / 12);
    }

    /** A report in a random format. */
    public GeneratedReport next() {
        return next(random.nextInt(3) == 0 ? ReportFormat.F2019 : ReportFormat.F2021);
    }

    /** A report in the given format. */
    public GeneratedReport next(ReportFormat format) {
        FormDefinition form = Forms.of(format);
        GeneratedAgency agency = AgencyDirectory.pick(random);
        int year = format == ReportFormat.F2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(5);
        LocalDate deadline = deadline(agency.level(), year);
        LocalDate published = LocalDate.of(year + 1, 1, 6)
                .plusDays(random.nextInt((int) (deadline.toEpochDay() - LocalDate.of(year + 1, 1, 6).toEpochDay()) + 1));
        LocalDate signed = random.nextInt(30) == 0 ? null
                : LocalDate.of(year + 1, 1, 2).plusDays(random.nextInt(
                        (int) (published.toEpochDay() - LocalDate.of(year + 1, 1, 2).toEpochDay()) + 1));

        TableFiller filler = new TableFiller(random);
        Cells active = blanked(filler.activeDisclosure(form));
        Cells requests = blanked(filler.requests(form));
        Cells reviews = blanked(filler.reviews(form));
        String title = agency.name() + year + (random.nextInt(4) == 0 ? "年度" : "年") + "政府信息公开工作年度报告";
        AnnualReport tables = new AnnualReport(DocumentKind.ANNUAL_REPORT, title, agency.name(), agency.level(),
                agency.region(), year, format, signed, active, requests, reviews, Map.of(), Map.of(), List.of());
        Map<String, String> narrative = new NarrativeWriter(random).write(tables, shortName(agency));
        AnnualReport report = new AnnualReport(DocumentKind.ANNUAL_REPORT, title, agency.name(), agency.level(),
                agency.region(), year, format, signed, active, requests, reviews, narrative, Map.of(), List.of());
        return new GeneratedReport(report, published, url(agency, published));
    }

    /** The statutory deadline (条例 第四十九条, {@link DeadlineCalendar#statutory()}); townships: 31 January. */
    public static LocalDate deadline(AgencyLevel level, int year) {
        return DeadlineCalendar.statutory().deadline(level, null, year).orElseThrow();
    }

    private Cells blanked(Cells cells) {
        if (blankRate <= 0) {
            return cells;
        }
        Cells out = new Cells();
        for (String row : cells.rowKeys()) {
            cells.row(row).forEach((col, v) -> out.put(row, col, random.nextDouble() < blankRate ? null : v));
        }
        return out;
    }

    private String url(GeneratedAgency agency, LocalDate published) {
        String id = String.valueOf(8_000_000 + random.nextInt(8_000_000));
        String file = published.format(MONTH) + "/t" + published.format(DAY) + "_" + id + ".html";
        int column = 150 + random.nextInt(90_000);
        return switch (agency.level()) {
            case GOVERNMENT -> "https://" + agency.host() + "/zwgk_" + column + "/zfxxgknb/qzfxxgknb/" + file;
            case DEPARTMENT -> "https://" + agency.host() + "/bm/" + agency.slug() + "/zwgk_" + column
                    + "/zfxxgknb_" + (column + 9) + "/" + file;
            case TOWNSHIP -> "https://" + agency.host() + "/zj/" + agency.slug() + random.nextInt(40) + "/zwgk_"
                    + column + "/zfxxgknb_" + (column + 9) + "/" + file;
        };
    }

    private static String shortName(GeneratedAgency agency) {
        String name = agency.name();
        if (agency.level() == AgencyLevel.GOVERNMENT) {
            char last = agency.region().charAt(agency.region().length() - 1);
            return "我" + last;
        }
        if (name.endsWith("街道办事处")) {
            return "我街道";
        }
        if (agency.level() == AgencyLevel.TOWNSHIP) {
            return name.contains("乡") ? "我乡" : "我镇";
        }
        if (name.endsWith("委员会")) {
            return "我委";
        }
        return name.endsWith("局") ? "我局" : "本机关";
    }
}
