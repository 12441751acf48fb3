package org.disclosurewatch.parser.api;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserUnavailableException;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.disclosurewatch.parser.messaging.ParserSettings;

/**
 * {@code POST /api/parse}: the document as the body (any content type: the parser sniffs the bytes),
 * the report as JSON in the answer-key schema; 422 with the reason when the document cannot be parsed.
 * Bounded like the Kafka consumer (each parse in a worker process, under the time limit and memory budget)
 * and limited besides: the body size ({@code quarkus.http.limits.max-body-size}, 413), a rate over all
 * callers (429) and the worker pool's size (503 when no worker is free within a few seconds).
 */
@Path("/api/parse")
@Singleton
public class ParseResource {
    private final ParseWorkerPool parser;
    private final ParserSettings.Api limits;
    private final RateLimiter rate;

    public ParseResource(ParseWorkerPool parser, ParserSettings settings) {
        this.parser = parser;
        this.limits = settings.api();
        this.rate = new RateLimiter(limits.ratePerSecond(), limits.burst(), System::nanoTime);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response parse(byte[] body, @HeaderParam("Content-Type") String contentType,
                          @QueryParam("url") String sourceUrl) {
        if (!rate.tryAcquire()) {
            return error(429, "too many documents: at most " + limits.ratePerSecond() + " per second", "1");
        }
        try {
            AnnualReport report = parser.parse(body == null ? new byte[0] : body, contentType, sourceUrl,
                    limits.workerWait());
            return Response.ok(Json.write(report)).build();
        } catch (DocumentParseException e) {
            return Response.status(422).entity(Json.write(Map.of("error", e.getMessage()))).build();
        } catch (ParserUnavailableException e) {
            return error(503, e.getMessage(), "5");
        }
    }

    private static Response error(int status, String message, String retryAfter) {
        return Response.status(status).header("Retry-After", retryAfter)
                .entity(Json.write(Map.of("error", message))).build();
    }
}
