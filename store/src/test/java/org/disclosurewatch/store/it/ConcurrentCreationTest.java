package org.disclosurewatch.store.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.disclosurewatch.store.ingest.Upserts;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.Report;
import org.disclosurewatch.testkit.infra.KafkaTestResource;
import org.disclosurewatch.testkit.infra.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Two writers (two store replicas, or the consumer and the missing-filing check) creating the same body and
 * filing at once both end up with the same rows: the second insert waits for the first and does nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ConcurrentCreationTest {

    @Test
    void theSameBodyAndFilingCreatedAtOnceAreOneRowEach() throws Exception {
        String name = Pipeline.unique("重庆市并发区应急管理局");
        CountDownLatch firstInserted = new CountDownLatch(1);
        CompletableFuture<long[]> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            Agency a = Upserts.agency(name, Instant.now());
            Report r = Upserts.report(a, 2024, Instant.now(), new boolean[1]);
            firstInserted.countDown();
            Thread.sleep(700); // hold the uncommitted rows while the second writer inserts the same ones
            return new long[] {a.id, r.id};
        }));
        firstInserted.await(30, TimeUnit.SECONDS);
        boolean[] secondCreated = new boolean[1];
        long[] second = QuarkusTransaction.requiringNew().call(() -> {
            Agency a = Upserts.agency(name, Instant.now());
            Report r = Upserts.report(a, 2024, Instant.now(), secondCreated);
            return new long[] {a.id, r.id};
        });
        long[] firstIds = first.get(30, TimeUnit.SECONDS);
        assertEquals(firstIds[0], second[0], "one body");
        assertEquals(firstIds[1], second[1], "one filing");
        assertEquals(false, secondCreated[0], "the second writer did not create the filing");
        long bodies = QuarkusTransaction.requiringNew().call(() -> Agency.count("name", name));
        assertEquals(1, bodies);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Agency.byName(name)));
    }
}
