package org.disclosurewatch.testkit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AnnualReport;

/**
 * Renders a report as text extracted from an original, in the layout of the seed extractions: one cell per
 * line indented by a tab with a blank line after each table row (or, with
 * {@link RenderOptions#pipeSeparated()}, each cell followed by {@code |}), title, preamble, the six parts
 * and the signature block.
 */
public final class TextRenderer implements ReportRenderer {
    private static final String[] PADS = {"\u3000", "\u00a0", " "};

    @Override
    public RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options) {
        StringBuilder out = new StringBuilder();
        var title = ReportText.titleLines(report, options.titleOnTwoLines());
        out.append(String.join("\n\n", title)).append("\n\n");
        out.append(ReportText.preamble(report)).append("\n\n");
        FormTables tables = new FormTables(report, options);
        var grids = tables.all();
        for (int part = 0; part < 6; part++) {
            out.append(ReportText.PART_HEADINGS.get(part)).append('\n');
            switch (part) {
                case 0 -> paragraphs(out, report, AnnualReport.PART1);
                case 4 -> paragraphs(out, report, AnnualReport.PART5);
                case 5 -> paragraphs(out, report, AnnualReport.PART6);
                default -> table(out, grids.get(part - 1), options);
            }
            out.append('\n');
        }
        out.append(" ".repeat(30)).append(report.agency()).append('\n');
        String date = ReportText.date(report.signedOn());
        if (date != null) {
            out.append(" ".repeat(32)).append(date).append('\n');
        }
        return new RenderedDocument(out.toString().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", "txt");
    }

    private static void paragraphs(StringBuilder out, AnnualReport report, String part) {
        for (String p : ReportText.paragraphs(report, part)) {
            out.append(p).append("\n\n");
        }
    }

    private static void table(StringBuilder out, TableGrid grid, RenderOptions options) {
        for (int r = 0; r < grid.rowCount(); r++) {
            int emitted = 0;
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < grid.columns(); c++) {
                GridCell cell = grid.at(r, c);
                if (cell == null || cell.col() != c) {
                    continue;
                }
                boolean startsHere = cell.row() == r;
                if (!startsHere && options.pipeSeparated()) {
                    continue;
                }
                String text = startsHere ? text(cell, r, c, options) : "";
                if (options.pipeSeparated()) {
                    line.append(text).append(" |").append('\n');
                } else {
                    line.append('\t').append(text).append('\n');
                }
                emitted++;
            }
            if (options.pipeSeparated() && emitted < grid.columns() && line.length() > 0) {
                line.setLength(line.length() - 1);
                line.append(" ").append("|".repeat(grid.columns() - emitted)).append('\n');
            }
            out.append(line);
            if (!options.pipeSeparated()) {
                out.append('\n');
            }
        }
    }

    private static String text(GridCell cell, int r, int c, RenderOptions options) {
        String separator = options.headerSplit() == HeaderSplit.LINE_BREAK ? "\n" : " ";
        String text = cell.text(separator);
        if (cell.role() == GridCell.Role.VALUE && options.paddedNumbers() && !text.isEmpty()) {
            String pad = PADS[(r * 31 + c) % PADS.length];
            text = (r + c) % 2 == 0 ? pad + text : text + pad;
        }
        return text;
    }
}
