package org.disclosurewatch.store.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.disclosurewatch.store.api.ApiViews.AlertView;
import org.disclosurewatch.store.persistence.StoredAlert;

/** Alerts about filings: list and acknowledge. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {
    private final ReportQueries queries;
    private final Clock clock;

    public AlertsResource(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Alerts, newest first, filtered by region, agency, year, kind, origin (validator/store), open, acknowledged. */
    @GET
    public Page<AlertView> list(@QueryParam("region") String region, @QueryParam("agency") String agency,
                                @QueryParam("year") Integer year, @QueryParam("kind") String kind,
                                @QueryParam("origin") String origin, @QueryParam("open") Boolean open,
                                @QueryParam("acknowledged") Boolean acknowledged,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return queries.alerts(region, agency, year, kind, origin, open, acknowledged, page, size);
    }

    /** Marks an alert as seen by an operator (role {@code operator}). */
    @POST
    @Path("/{alertId}/acknowledge")
    @RolesAllowed("operator")
    @Transactional
    public AlertView acknowledge(@PathParam("alertId") String alertId, @Context SecurityContext security) {
        StoredAlert a = StoredAlert.byAlertId(alertId);
        if (a == null) {
            throw new NotFoundException("no alert " + alertId);
        }
        if (a.acknowledgedAt == null) {
            a.acknowledgedAt = clock.instant();
            a.acknowledgedBy = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        }
        return ReportQueries.view(a);
    }
}
