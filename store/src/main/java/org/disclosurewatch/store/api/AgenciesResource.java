package org.disclosurewatch.store.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Bodies and the status of their filing for each year. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {
    private final FilingOverview overview;

    public AgenciesResource(FilingOverview overview) {
        this.overview = overview;
    }

    /**
     * Bodies (optionally of one region), a page at a time from page 0, each with its status per year: on_time,
     * late, inconsistent, missing, pending.
     */
    @GET
    public FilingOverview.Grid list(@QueryParam("region") String region,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("" + FilingOverview.DEFAULT_PAGE_SIZE) int size) {
        return overview.grid(region, page, size);
    }
}
