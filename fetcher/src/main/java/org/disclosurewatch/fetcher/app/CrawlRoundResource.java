package org.disclosurewatch.fetcher.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.common.annotation.Blocking;
import org.disclosurewatch.fetcher.crawl.CrawlRounds;

/** Starts a crawl round on demand (role {@code operator}). */
@Path("/api/crawl-rounds")
public class CrawlRoundResource {
    private final CrawlRoundService rounds;

    public CrawlRoundResource(CrawlRoundService rounds) {
        this.rounds = rounds;
    }

    /** Issues a round now; {@code full=true} reads every listing page, not only up to already-seen items. */
    @POST
    @Blocking
    @RolesAllowed("operator")
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@QueryParam("full") @DefaultValue("false") boolean full) throws InterruptedException {
        CrawlRounds.Round round = rounds.issue(full);
        return Response.accepted(round).build();
    }
}
