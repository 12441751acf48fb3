package org.disclosurewatch.parser.api;

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
import org.disclosurewatch.parser.ReportParser;

/**
 * {@code POST /api/parse}: the document as the body (any content type: the parser sniffs the bytes),
 * the report as JSON in the answer-key schema; 422 with the reason when the document cannot be parsed.
 */
@Path("/api/parse")
public class ParseResource {
    private final ReportParser parser;

    public ParseResource(ReportParser parser) {
        this.parser = parser;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response parse(byte[] body, @HeaderParam("Content-Type") String contentType,
                          @QueryParam("url") String sourceUrl) {
        try {
            AnnualReport report = parser.parse(body == null ? new byte[0] : body, contentType, sourceUrl);
            return Response.ok(Json.write(report)).build();
        } catch (DocumentParseException e) {
            return Response.status(422).entity(Json.write(Map.of("error", e.getMessage()))).build();
        }
    }
}
