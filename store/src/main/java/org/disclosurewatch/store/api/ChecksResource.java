package org.disclosurewatch.store.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.contracts.events.FilingAlert;
import org.disclosurewatch.store.api.ApiViews.CheckRun;
import org.disclosurewatch.store.checks.FilingChecks;

/** Runs the store's checks now (role {@code operator}). */
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {
    private final FilingChecks checks;

    public ChecksResource(FilingChecks checks) {
        this.checks = checks;
    }

    /** Rechecks every report against its neighbour years, then looks for missing filings. */
    @POST
    @Path("/run")
    @RolesAllowed("operator")
    public CheckRun run() {
        FilingChecks.Outcome outcome = checks.runAll();
        List<String> ids = new ArrayList<>();
        for (FilingAlert a : outcome.alerts()) {
            ids.add(a.alertId());
        }
        return new CheckRun(ids.size(), ids, outcome.reportsRechecked());
    }
}
