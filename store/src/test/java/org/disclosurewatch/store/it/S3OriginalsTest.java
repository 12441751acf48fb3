package org.disclosurewatch.store.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.store.originals.OriginalStore;
import org.disclosurewatch.store.originals.S3OriginalStore;
import org.disclosurewatch.store.originals.S3TestResource;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The originals flow with {@code dw.store.originals.backend=s3}: bytes in the object store, served as before. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = S3TestResource.class, restrictToAnnotatedClass = true)
class S3OriginalsTest {
    @Inject
    AgroalDataSource db;
    @Inject
    OriginalStore store;

    @Test
    void anIngestedReportServesItsOriginalFromTheObjectStore() throws Exception {
        S3OriginalStore s3 = assertInstanceOf(S3OriginalStore.class, unwrap(store));
        Pipeline.FetchedTwice filing = Pipeline.ingestGbkFilingFetchedTwice("重庆市对象存储区", "s3orig", this::fetches);
        long id = filing.reportId();
        FetchedDocument doc = filing.document();
        byte[] bytes = filing.bytes();

        Response r = given().get("/api/reports/" + id + "/versions/1/original").then().statusCode(200).extract().response();
        assertArrayEquals(bytes, r.asByteArray());
        assertEquals(doc.sha256(), r.header("X-Content-SHA256"));
        assertEquals("text/html; charset=GBK", r.contentType());

        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*), bool_and(content is null), min(object_key) from original where sha256 = ?")) {
            s.setString(1, doc.sha256());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1), "one row");
                assertTrue(rs.getBoolean(2), "bytes not in PostgreSQL");
                assertEquals(s3.key(doc.sha256()), rs.getString(3));
            }
        }
        assertTrue(s3.reachable());
    }

    private static Object unwrap(OriginalStore bean) {
        // the injected bean is a client proxy; the instance behind it is what the producer made
        return bean instanceof io.quarkus.arc.ClientProxy p ? p.arc_contextualInstance() : bean;
    }

    private long fetches(String sha) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from original_fetch where sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
