package org.disclosurewatch.testkit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Renders a report as the text many extraction tools make of its tables: each table row flattened onto one
 * line, the label's words run together, the cells' digits run together with nothing between them
 * ("一、本年新收政府信息公开申请数量 52100053", "规章000"), sometimes a space between label and digits and
 * sometimes not, and now and then the next row's number run into the digits ("…150000015" +
 * "2.没有现成信息…"). A blank cell prints the options' blank mark ("—" when the options have none), as it
 * would otherwise vanish without trace. Title, preamble, the six parts and the signature as in
 * {@link TextRenderer}.
 */
public final class RunTogetherTextRenderer implements ReportRenderer {
    @Override
    public RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options) {
        RenderOptions marked = options.blankMark().isEmpty()
                ? new RenderOptions(options.cellParagraphs(), options.headerSplit(), options.halfWidthParens(),
                options.moneyStyle(), "—", options.paddedNumbers(), options.pipeSeparated(), options.titleOnTwoLines(),
                options.gbEncoding())
                : options;
        StringBuilder out = new StringBuilder();
        out.append(String.join("\n", ReportText.titleLines(report, options.titleOnTwoLines()))).append('\n');
        out.append(ReportText.preamble(report)).append('\n');
        var grids = new FormTables(report, marked).all();
        for (int part = 0; part < 6; part++) {
            out.append(ReportText.PART_HEADINGS.get(part)).append('\n');
            switch (part) {
                case 0 -> ReportText.paragraphs(report, AnnualReport.PART1).forEach(p -> out.append(p).append('\n'));
                case 4 -> ReportText.paragraphs(report, AnnualReport.PART5).forEach(p -> out.append(p).append('\n'));
                case 5 -> ReportText.paragraphs(report, AnnualReport.PART6).forEach(p -> out.append(p).append('\n'));
                default -> table(out, grids.get(part - 1));
            }
        }
        out.append(report.agency()).append('\n');
        String date = ReportText.date(report.signedOn());
        if (date != null) {
            out.append(date).append('\n');
        }
        return new RenderedDocument(out.toString().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", "txt");
    }

    private static void table(StringBuilder out, TableGrid grid) {
        boolean endsWithDigits = false;
        for (int r = 0; r < grid.rowCount(); r++) {
            StringBuilder words = new StringBuilder();
            StringBuilder digits = new StringBuilder();
            for (int c = 0; c < grid.columns(); c++) {
                GridCell cell = grid.at(r, c);
                if (cell == null || cell.col() != c || cell.row() != r) {
                    continue;
                }
                String text = cell.text("");
                if (cell.role() == GridCell.Role.VALUE) {
                    digits.append(text);
                } else {
                    words.append(text);
                }
            }
            if (words.isEmpty() && digits.isEmpty()) {
                continue;
            }
            boolean numbered = words.length() > 1 && Character.isDigit(words.charAt(0));
            // the next row's number runs into the digits of this one on every third such row
            if (!(endsWithDigits && numbered && r % 3 == 0) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(words);
            if (!words.isEmpty() && !digits.isEmpty() && r % 2 == 0) {
                out.append(' ');
            }
            out.append(digits);
            endsWithDigits = !digits.isEmpty();
        }
        out.append('\n');
    }
}
