package org.disclosurewatch.store.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosurewatch.store.domain.RequestAggregates;

/** Sums over the current versions of a region's reports. */
@Path("/api/aggregates")
@Produces(MediaType.APPLICATION_JSON)
public class AggregatesResource {
    private final ReportQueries queries;

    public AggregatesResource(ReportQueries queries) {
        this.queries = queries;
    }

    /** Per-year totals. */
    public record Aggregates(String region, Integer year, List<RequestAggregates.YearTotals> years) {
    }

    /**
     * Applications received, outcomes by class and the review correction rate, per year, for a region (all
     * regions when omitted) and optionally one year.
     */
    @GET
    public Aggregates get(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return new Aggregates(region, year, queries.aggregates(region, year));
    }
}
