package org.disclosurewatch.store.reparse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.disclosurewatch.store.persistence.ReparseRun;

/**
 * Reparse runs ({@code ./dw reparse}): {@code POST /api/reparse} selects stored versions and sends their
 * originals back through the parser and validator (role {@code operator}); {@code GET /api/reparse/{id}} shows
 * how far the run is and its summary.
 */
@Path("/api/reparse")
@Produces(MediaType.APPLICATION_JSON)
public class ReparseResource {
    private final ReparseRuns runs;
    private final RereadSender sender;
    private final ReparseConfig config;

    public ReparseResource(ReparseRuns runs, RereadSender sender, ReparseConfig config) {
        this.runs = runs;
        this.sender = sender;
        this.config = config;
    }

    /**
     * A run: how many versions it selected (and how many matched but have no original), sent, re-read, changed,
     * findings added and gone; {@code done} once every original sent was re-read; {@code summary} is the line
     * {@code reparse: <n> read, <c> changed, <f> findings added, <g> findings gone}.
     */
    public record RunView(long id, Instant requestedAt, String requestedBy, String parserOlderThan, String region,
                          boolean dryRun, double ratePerSecond, int selected, int withoutOriginal, int sent,
                          int read, int changed, int findingsAdded, int findingsGone, boolean sendingDone,
                          boolean done, String summary) {
        static RunView of(ReparseRun r) {
            boolean sendingDone = r.sendingDoneAt != null;
            return new RunView(r.id, r.requestedAt, r.requestedBy, r.parserOlderThan, r.region, r.dryRun,
                    r.ratePerSecond, r.selected, r.withoutOriginal, r.sent, r.reread, r.changed, r.findingsAdded,
                    r.findingsGone, sendingDone, sendingDone && r.reread >= r.sent,
                    ReparseResource.summary(r.reread, r.changed, r.findingsAdded, r.findingsGone));
        }
    }

    public static String summary(int read, int changed, int added, int gone) {
        return "reparse: " + read + " read, " + changed + " changed, " + added + " findings added, " + gone
                + " findings gone";
    }

    /**
     * Starts a run: {@code parser_older_than} (versions whose recorded parser is older; not recorded counts as
     * older), {@code region} (the body's region or one under it), {@code dry_run} (select and count only),
     * {@code rate} (originals a second; default {@code dw.store.reparse.rate-per-second}).
     */
    @POST
    @RolesAllowed("operator")
    public Response start(@QueryParam("parser_older_than") String parserOlderThan, @QueryParam("region") String region,
                          @QueryParam("dry_run") @DefaultValue("false") boolean dryRun,
                          @QueryParam("rate") Double rate, @Context SecurityContext security) {
        double perSecond = rate == null ? config.ratePerSecond() : rate;
        if (!(perSecond > 0) || perSecond > config.maxRatePerSecond()) {
            throw new BadRequestException("rate must be above 0 and at most " + config.maxRatePerSecond()
                    + " originals a second (dw.store.reparse.max-rate-per-second)");
        }
        ReparseRuns.Started started;
        try {
            started = runs.start(new ReparseRuns.Request(blankToNull(parserOlderThan), blankToNull(region), dryRun,
                    perSecond, security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName()),
                    config.maxVersions());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (!dryRun && !started.versions().isEmpty()) {
            sender.sendInBackground(started.run().id, started.versions(), perSecond);
        }
        return Response.status(dryRun ? 200 : 202).entity(RunView.of(started.run())).build();
    }

    @GET
    @Path("/{id}")
    public RunView get(@PathParam("id") long id) {
        ReparseRun run = runs.find(id);
        if (run == null) {
            throw new NotFoundException("no reparse run " + id);
        }
        return RunView.of(run);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
