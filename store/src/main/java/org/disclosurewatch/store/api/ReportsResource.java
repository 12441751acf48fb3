package org.disclosurewatch.store.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.disclosurewatch.store.api.ApiViews.ReportDetail;
import org.disclosurewatch.store.api.ApiViews.ReportSummary;
import org.disclosurewatch.store.domain.FilingStatus;

/** Stored reports: list, detail and CSV export of the cells. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    private final ReportQueries queries;

    public ReportsResource(ReportQueries queries) {
        this.queries = queries;
    }

    /** Reports, filtered by region, agency, year and status (on_time, late, inconsistent), paged from page 0. */
    @GET
    public Page<ReportSummary> list(@QueryParam("region") String region, @QueryParam("agency") String agency,
                                    @QueryParam("year") Integer year, @QueryParam("status") String status,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        FilingStatus s;
        try {
            s = status == null || status.isBlank() ? null : FilingStatus.of(status);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("unknown status " + status);
        }
        return queries.reports(region, agency, year, s, page, size);
    }

    /** A report with its current cells and findings, every version and the source links. */
    @GET
    @Path("/{id}")
    public ReportDetail get(@PathParam("id") long id) {
        ReportDetail d = queries.detail(id);
        if (d == null) {
            throw new NotFoundException("no report " + id);
        }
        return d;
    }

    /** The current version's cells as CSV ({@code path,section,row,column,value,kind}). */
    @GET
    @Path("/{id}/cells.csv")
    @Produces("text/csv")
    public Response cellsCsv(@PathParam("id") long id) {
        String csv = queries.cellsCsv(id);
        if (csv == null) {
            throw new NotFoundException("no report " + id);
        }
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + "-cells.csv\"").build();
    }
}
