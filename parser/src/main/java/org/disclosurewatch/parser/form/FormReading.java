package org.disclosurewatch.parser.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Section;

/**
 * The three tables of one form as read from a document.
 *
 * @param form        the form the document was read against
 * @param tables      the cells per part (every cell of the form present, null when blank or not found)
 * @param provenance  cell path → where it was read
 * @param diagnostics what could not be matched
 * @param matchedRows how many rows of the form were found by their labels
 */
public record FormReading(FormDefinition form, Map<Section, Cells> tables, Map<String, String> provenance,
                          List<String> diagnostics, int matchedRows) {

    /** Collects a reading while it is being made. */
    static final class Builder {
        final FormDefinition form;
        final Map<Section, Cells> tables = new LinkedHashMap<>();
        final Map<String, String> provenance = new LinkedHashMap<>();
        final List<String> diagnostics = new ArrayList<>();
        int matchedRows;

        Builder(FormDefinition form) {
            this.form = form;
            for (Section s : Section.values()) {
                tables.put(s, new Cells());
            }
        }

        FormReading build() {
            return new FormReading(form, tables, provenance, diagnostics, matchedRows);
        }
    }
}
