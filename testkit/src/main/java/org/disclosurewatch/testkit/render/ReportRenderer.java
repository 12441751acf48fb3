package org.disclosurewatch.testkit.render;

import java.time.LocalDate;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.generate.GeneratedReport;

/** Renders a report into the bytes of one kind of document. */
public interface ReportRenderer {
    /**
     * @param report      the report to print
     * @param publishedOn the portal publication date (printed by page renderers), may be null
     * @param options     how to dress it
     */
    RenderedDocument render(AnnualReport report, LocalDate publishedOn, RenderOptions options);

    default RenderedDocument render(GeneratedReport generated, RenderOptions options) {
        return render(generated.report(), generated.publishedOn(), options);
    }
}
