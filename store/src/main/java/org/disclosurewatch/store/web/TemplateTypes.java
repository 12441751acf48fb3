package org.disclosurewatch.store.web;

import io.quarkus.qute.TemplateData;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.store.api.ApiViews;
import org.disclosurewatch.store.api.FilingOverview;
import org.disclosurewatch.store.domain.FilingStatus;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.lag.LagMonitor;

/** Registers the types the dashboard templates read, so Qute resolves their properties without reflection. */
@TemplateData(target = Finding.class)
@TemplateData(target = Severity.class)
@TemplateData(target = FilingStatus.class)
@TemplateData(target = FilingOverview.Grid.class)
@TemplateData(target = FilingOverview.AgencyRow.class)
@TemplateData(target = FilingOverview.YearCell.class)
@TemplateData(target = ApiViews.ReportSummary.class)
@TemplateData(target = ApiViews.ReportDetail.class)
@TemplateData(target = ApiViews.VersionView.class)
@TemplateData(target = ApiViews.AvailabilityView.class)
@TemplateData(target = ApiViews.AlertView.class)
@TemplateData(target = LagMonitor.Lag.class)
@TemplateData(target = LagMonitor.StageLag.class)
@TemplateData(target = RequestAggregates.YearTotals.class)
final class TemplateTypes {
    private TemplateTypes() {
    }
}
