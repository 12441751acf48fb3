package org.disclosurewatch.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.disclosurewatch.devstack.ServiceProcess.Service;
import org.junit.jupiter.api.Test;

class ReplicasTest {
    @Test
    void oneOfEachUnlessToldOtherwise() {
        Map<Service, Integer> r = Replicas.parse("parser=2, store=3");
        assertEquals(2, r.get(Service.PARSER));
        assertEquals(3, r.get(Service.STORE));
        assertEquals(1, r.get(Service.VALIDATOR));
        assertEquals(1, r.get(Service.FETCHER));
        assertEquals(1, Replicas.parse("").get(Service.PARSER));
    }

    @Test
    void badSpecificationsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Replicas.parse("crawler=2"))
                .getMessage().contains("unknown service"));
        assertThrows(IllegalArgumentException.class, () -> Replicas.parse("parser"));
        assertThrows(IllegalArgumentException.class, () -> Replicas.parse("parser=0"));
        assertThrows(IllegalArgumentException.class, () -> Replicas.parse("parser=two"));
    }

    @Test
    void eachReplicaHasItsOwnPortClientIdsAndStableGroupInstanceId() {
        assertEquals(8082, Service.PARSER.port(1));
        assertEquals(8182, Service.PARSER.port(2));
        Map<String, String> one = Service.STORE.replicaConfig(1);
        Map<String, String> two = Service.STORE.replicaConfig(2);
        assertEquals("store-1", one.get("mp.messaging.incoming.validated.group.instance.id"));
        assertEquals("store-2", two.get("mp.messaging.incoming.validated.group.instance.id"));
        assertEquals(one, Service.STORE.replicaConfig(1), "stable across restarts");
        for (String key : one.keySet()) {
            if (key.endsWith("client.id") || key.endsWith("client-id")) {
                assertTrue(!one.get(key).equals(two.get(key)), key + " differs between replicas");
            }
        }
        assertEquals("dw-validator-2-alerts", Service.VALIDATOR.replicaConfig(2).get("mp.messaging.outgoing.alerts.client.id"));
        assertEquals("parser-2", ServiceProcess.replicaName(Service.PARSER, 2));
        assertEquals("parser", ServiceProcess.replicaName(Service.PARSER, 1));
    }

    @Test
    void servicesRunWithTheFullJitAndABoundedHeap() {
        for (Service s : Service.values()) {
            assertTrue(ServiceProcess.jvmOptions(s).stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")));
            assertTrue(ServiceProcess.jvmOptions(s).stream().anyMatch(o -> o.startsWith("-Xmx")));
        }
        assertTrue(ServiceProcess.jvmOptions(Service.PARSER).contains("-Xmx192m"));
        assertTrue(ServiceProcess.jvmOptions(Service.STORE).contains("-Xmn64m"));
        assertEquals("2", ServiceProcess.environment().get("MALLOC_ARENA_MAX"));
    }
}
