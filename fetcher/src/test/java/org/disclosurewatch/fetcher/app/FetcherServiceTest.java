package org.disclosurewatch.fetcher.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.disclosurewatch.contracts.Topics;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.TestInfrastructure;
import org.disclosurewatch.testkit.portal.SiteReport;
import org.junit.jupiter.api.Test;

/** The service end to end: an operator starts a round, the worker crawls the replica portal, documents appear. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ReplicaPortalResource.class)
class FetcherServiceTest {

    @Test
    void crawlRoundsNeedTheOperatorRole() {
        given().post("/api/crawl-rounds").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer-test").post("/api/crawl-rounds").then().statusCode(403);
    }

    @Test
    void anOperatorRoundEmitsEveryReportKeyedByCanonicalUrl() {
        given().auth().preemptive().basic("operator", "operator-test")
                .post("/api/crawl-rounds")
                .then().statusCode(202).body("hosts", hasSize(2));

        KafkaCompanion companion = new KafkaCompanion(TestInfrastructure.kafkaBootstrapServers());
        ConsumerTask<String, byte[]> task = companion.consumeWithDeserializers(Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer())
                .fromTopics(Topics.DOCUMENTS, 6).awaitCompletion(Duration.ofSeconds(60));
        List<ConsumerRecord<String, byte[]>> records = task.getRecords();
        Set<String> expected = ReplicaPortalResource.portal.site().reports().stream()
                .map((SiteReport r) -> ReplicaPortalResource.portal.url(r)).collect(Collectors.toSet());
        Set<String> keys = records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertEquals(expected, keys);
        for (ConsumerRecord<String, byte[]> r : records) {
            FetchedDocument doc = Json.read(r.value(), FetchedDocument.class, FetchedDocument.SCHEMA);
            assertEquals(r.key(), doc.canonicalUrl());
            assertTrue(doc.portalId().startsWith("replica-"));
            assertEquals(FetchedDocument.sha256(doc.content()), doc.sha256());
            assertTrue(doc.publishedOn() != null);
            assertTrue(doc.publishedOnSource() != null, "the date's source travels with the document");
        }
        assertEquals(1, ReplicaPortalResource.portal.maxConcurrentRequests("qj"));

        given().get("/q/health").then().statusCode(200).body(containsString("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("dw_fetcher_fetches_total"))
                .body(containsString("dw_fetcher_bytes_total"))
                .body(containsString("dw_fetcher_host_queue_depth"))
                .body(containsString("dw_fetcher_last_successful_crawl_age_seconds"));
        String metrics = "";
        for (int i = 0; i < 100 && !metrics.matches("(?s).*dw_fetcher_listing_read\\{host=\"[^\"]+\"} 1\\.0.*"); i++) {
            sleep(100);
            metrics = given().get("/q/metrics").asString();
        }
        assertTrue(metrics.matches("(?s).*dw_fetcher_listing_read\\{host=\"[^\"]+\"} 1\\.0.*"),
                "the health metric says the listings were read");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
