package org.disclosurewatch.parser.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.junit.jupiter.api.Test;

/** {@code POST /api/parse} refuses bodies over the size limit and callers over the rate. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(ParseLimitsTest.OneDocumentAMinute.class)
class ParseLimitsTest {
    public static class OneDocumentAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dw.parser.api.rate-per-second", "0.016", "dw.parser.api.burst", "1",
                    "dw.parser.workers", "1");
        }
    }

    @TestHTTPResource("/api/parse")
    URI endpoint;

    @Test
    void aBodyOverTheLimitGets413AndASecondDocumentWithinTheMinute429() throws Exception {
        // announced with Expect: 100-continue, the body is refused before it is sent
        HttpResponse<Void> tooLarge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/pdf").expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[22 << 20])).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertEquals(413, tooLarge.statusCode());
        given().body(Fixtures.seeds().get(0).bytes()).contentType("text/plain")
                .when().post("/api/parse").then().statusCode(200);
        given().body(Fixtures.seeds().get(0).bytes()).contentType("text/plain")
                .when().post("/api/parse").then().statusCode(429).header("Retry-After", "1")
                .body("error", containsString("too many documents"));
    }
}
