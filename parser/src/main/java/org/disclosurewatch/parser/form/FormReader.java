package org.disclosurewatch.parser.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.Section;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.Paragraph;

/**
 * Matches a document's tables against the declarative form ({@link Forms}) and decides which of the two
 * forms the document follows: the one whose rows it names more of.
 */
public final class FormReader {
    private FormReader() {
    }

    /** Reads the document against one form. */
    public static FormReading read(List<Block> blocks, FormDefinition form) {
        return read(SectionTables.streams(blocks), paragraphs(blocks), form);
    }

    /**
     * Reads each part from its table; a part without a table is looked for in the running text, where a
     * text extraction may have flattened it ({@link RunTogetherReader}).
     */
    private static FormReading read(Map<Section, List<SourceCell>> streams, List<String> paragraphs, FormDefinition form) {
        FormReading.Builder b = new FormReading.Builder(form);
        for (Section s : List.of(Section.ACTIVE_DISCLOSURE, Section.REQUESTS)) {
            if (!streams.get(s).isEmpty()) {
                RowTableReader.read(s, streams.get(s), b);
            } else if (RunTogetherReader.read(s, paragraphs, b) == 0) {
                RowTableReader.read(s, List.of(), b);
                b.diagnostics.add("part " + s.part() + ": table not found");
            }
        }
        List<SourceCell> reviews = streams.get(Section.REVIEWS_AND_LITIGATION);
        if (!reviews.isEmpty() || RunTogetherReader.read(Section.REVIEWS_AND_LITIGATION, paragraphs, b) == 0) {
            ReviewTableReader.read(reviews, b);
        }
        return b.build();
    }

    private static List<String> paragraphs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    /**
     * Reads the document against both forms and keeps the better match; on a tie, the form expected for
     * the statistics year (or the current form when the year is unknown).
     */
    public static FormReading readDetectingFormat(List<Block> blocks, Integer year) {
        Map<Section, List<SourceCell>> streams = SectionTables.streams(blocks);
        List<String> paragraphs = paragraphs(blocks);
        FormReading f2021 = read(streams, paragraphs, Forms.FORM_2021);
        FormReading f2019 = read(streams, paragraphs, Forms.FORM_2019);
        if (f2021.matchedRows() != f2019.matchedRows()) {
            return f2021.matchedRows() > f2019.matchedRows() ? f2021 : f2019;
        }
        ReportFormat expected = year == null ? ReportFormat.F2021 : ReportFormat.expectedFor(year);
        return expected == ReportFormat.F2021 ? f2021 : f2019;
    }
}
