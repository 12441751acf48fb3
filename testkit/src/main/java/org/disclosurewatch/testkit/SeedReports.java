package org.disclosurewatch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;

/**
 * A seed report as a structured {@link AnnualReport}: the cells and metadata of its hand-checked answer key,
 * with the title and the narrative parts cut from the seed text, so that it can be rendered into other
 * representations (HTML, DOCX, PDF) whose parse must match the key again.
 */
public final class SeedReports {
    private static final Pattern PART1 = Pattern.compile("^\\s*[一1][、.．]\\s*总体情况");
    private static final Pattern PART2 = Pattern.compile("^\\s*[二2][、.．]\\s*主动公开");
    private static final Pattern PART5 = Pattern.compile("^\\s*[五5][、.．]");
    private static final Pattern PART6 = Pattern.compile("^\\s*[六6][、.．]");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*$");

    private SeedReports() {
    }

    /** Every seed as a structured report. */
    public static List<AnnualReport> all() {
        return Fixtures.seeds().stream().map(SeedReports::report).toList();
    }

    /** One seed as a structured report: its key's cells and metadata, its text's title and narrative. */
    public static AnnualReport report(Fixtures.Fixture seed) {
        AnnualReport key = keyReport(seed);
        String text = new String(seed.bytes(), StandardCharsets.UTF_8);
        // text extractions keep word-processor bookmarks ("[bookmark: _Toc3296]一、总体情况"): not report text
        List<String> lines = text.lines().map(l -> BOOKMARK.matcher(l).replaceAll("")).toList();
        Map<String, String> narrative = new LinkedHashMap<>();
        narrative.put(AnnualReport.PART1, between(lines, PART1, PART2));
        narrative.put(AnnualReport.PART5, between(lines, PART5, PART6));
        narrative.put(AnnualReport.PART6, part6(lines, key.agency()));
        String title = key.agency() + key.year() + "年政府信息公开工作年度报告";
        return new AnnualReport(DocumentKind.ANNUAL_REPORT, title, key.agency(), key.agencyLevel(), key.region(),
                key.year(), key.format(), key.signedOn(), key.activeDisclosure(), key.requests(),
                key.reviewsAndLitigation(), narrative, Map.of(), List.of());
    }

    /** The answer key read as a report (no narrative). */
    public static AnnualReport keyReport(Fixtures.Fixture fixture) {
        try {
            return Json.mapper().readValue(fixture.keyJson(), AnnualReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publication date a key records ({@code published_on}), or null. */
    public static java.time.LocalDate publishedOn(Fixtures.Fixture fixture) {
        JsonNode p = fixture.key().get("published_on");
        return p == null || p.isNull() ? null : java.time.LocalDate.parse(p.asText());
    }

    private static String between(List<String> lines, Pattern start, Pattern end) {
        int from = find(lines, start, 0);
        if (from < 0) {
            return "";
        }
        int to = find(lines, end, from + 1);
        return join(lines.subList(from + 1, to < 0 ? lines.size() : to));
    }

    private static String part6(List<String> lines, String agency) {
        int from = find(lines, PART6, 0);
        if (from < 0) {
            return "";
        }
        List<String> body = new ArrayList<>(lines.subList(from + 1, lines.size()));
        // drop the signature block: the agency's name and the date under it
        while (!body.isEmpty()) {
            String last = body.get(body.size() - 1).strip();
            if (last.isEmpty() || SIGNATURE_DATE.matcher(last).matches() || last.equals(agency)) {
                body.remove(body.size() - 1);
            } else {
                break;
            }
        }
        return join(body);
    }

    private static int find(List<String> lines, Pattern p, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (!s.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
