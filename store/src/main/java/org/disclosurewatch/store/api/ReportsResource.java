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
import org.disclosurewatch.store.originals.Original;
import org.disclosurewatch.store.originals.OriginalResponses;
import org.disclosurewatch.store.originals.OriginalStore;
import org.disclosurewatch.store.persistence.DocumentVersion;

/** Stored reports: list, detail and CSV export of the cells. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    /** The response header carrying the hex SHA-256 of an original's bytes. */
    public static final String SHA256_HEADER = "X-Content-SHA256";

    private final ReportQueries queries;
    private final OriginalStore originals;

    public ReportsResource(ReportQueries queries, OriginalStore originals) {
        this.queries = queries;
        this.originals = originals;
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

    /** Every parse of a version, with the readings later parses replaced (cells by path, the validator's findings). */
    @GET
    @Path("/{id}/versions/{n}/parses")
    @jakarta.transaction.Transactional
    public java.util.List<ApiViews.ParseView> parses(@PathParam("id") long id, @PathParam("n") int versionNo) {
        DocumentVersion v = queries.version(id, versionNo);
        if (v == null) {
            throw new NotFoundException("no version " + versionNo + " of report " + id);
        }
        return ReportQueries.parses(v, true);
    }

    /**
     * The exact bytes of a version's document as fetched, with the content type the portal served and their
     * SHA-256 (header {@value #SHA256_HEADER}, hex; and {@code Repr-Digest}). 404 when the report, the version
     * or its original is not in the store.
     */
    @GET
    @Path("/{id}/versions/{n}/original")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") long id, @PathParam("n") int versionNo) {
        DocumentVersion v = queries.version(id, versionNo);
        if (v == null) {
            throw new NotFoundException("no version " + versionNo + " of report " + id);
        }
        Original o = originals.find(v.sha256)
                .orElseThrow(() -> new NotFoundException("the original of version " + versionNo + " of report "
                        + id + " is not in the store"));
        return Response.ok(o.content(), OriginalResponses.contentType(o))
                .header(SHA256_HEADER, o.sha256())
                .header("Repr-Digest", OriginalResponses.reprDigest(o.sha256()))
                .header("Content-Disposition", "inline; filename=\"" + OriginalResponses.fileName(id, versionNo, o) + "\"")
                .build();
    }
}
