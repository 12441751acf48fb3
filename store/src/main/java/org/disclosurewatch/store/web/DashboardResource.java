package org.disclosurewatch.store.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.store.api.ApiViews.ReportDetail;
import org.disclosurewatch.store.api.FilingOverview;
import org.disclosurewatch.store.api.ReportQueries;
import org.disclosurewatch.store.domain.RequestAggregates;
import org.disclosurewatch.store.lag.LagMonitor;

/** The dashboard pages (server-rendered HTML, no script). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    /** Open alerts shown in the feed. */
    static final int ALERTS_SHOWN = 30;
    @Inject
    @Location("dashboard.html")
    Template dashboard;
    @Inject
    @Location("report.html")
    Template report;
    @Inject
    @Location("region.html")
    Template region;
    private final FilingOverview overview;
    private final ReportQueries queries;
    private final LagMonitor lag;

    public DashboardResource(FilingOverview overview, ReportQueries queries, LagMonitor lag) {
        this.overview = overview;
        this.queries = queries;
        this.lag = lag;
    }

    /** Bodies × years coloured by status, the alert feed and the lag panel. */
    @GET
    public String index(@QueryParam("region") String regionFilter, @QueryParam("page") @DefaultValue("0") int page) {
        FilingOverview.Grid grid = overview.grid(regionFilter, page, FilingOverview.DEFAULT_PAGE_SIZE);
        int pages = (int) Math.max(1, (grid.total() + grid.size() - 1) / grid.size());
        return dashboard.data("grid", grid)
                .data("regions", overview.regions())
                .data("region", regionFilter == null ? "" : regionFilter)
                .data("previousPage", grid.page() > 0 ? grid.page() - 1 : -1)
                .data("nextPage", grid.page() + 1 < pages ? grid.page() + 1 : -1)
                .data("pages", pages)
                .data("alerts", queries.openAlerts(regionFilter, ALERTS_SHOWN))
                .data("lag", lag.measure())
                .render();
    }

    /** One report: its three tables with the cells of findings marked, the findings beside them. */
    @GET
    @Path("reports/{id}")
    public String report(@PathParam("id") long id) {
        ReportDetail detail = queries.detail(id);
        if (detail == null) {
            throw new NotFoundException("no report " + id);
        }
        List<Finding> findings = queries.findings(id);
        Map<String, java.math.BigDecimal> cells = queries.cellValues(id);
        String format = detail.report().format();
        ReportFormat f = format == null ? ReportFormat.expectedFor(detail.report().year()) : ReportFormat.of(format);
        return report.data("detail", detail)
                .data("summary", detail.report())
                .data("tables", ReportTables.layout(Forms.of(f), cells, findings))
                .data("findings", ReportTables.number(findings))
                .render();
    }

    /** Applications and outcomes over the years for a region, as a chart and a table. */
    @GET
    @Path("region")
    public String region(@QueryParam("name") String name) {
        List<RequestAggregates.YearTotals> years = queries.aggregates(name, null);
        String title = (name == null || name.isBlank() ? "全部地区" : name) + " 政府信息公开申请与办理结果";
        return region.data("name", name == null ? "" : name)
                .data("title", title)
                .data("years", years)
                .data("chart", RegionChart.svg(title, years))
                .render();
    }
}
