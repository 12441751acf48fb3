package org.disclosurewatch.store.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.disclosurewatch.store.lag.LagMonitor;

/** Ingestion lag of every stage. */
@Path("/api/lag")
@Produces(MediaType.APPLICATION_JSON)
public class LagResource {
    private final LagMonitor monitor;

    public LagResource(LagMonitor monitor) {
        this.monitor = monitor;
    }

    /**
     * Per consumer group: records behind (from the broker), records consumed in the last hour; for the store:
     * seconds since the newest stored document was fetched and documents stored in the last hour.
     */
    @GET
    public LagMonitor.Lag get() {
        return monitor.measure();
    }
}
