package org.disclosurewatch.fetcher.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
    @Test
    void connectionAndSecuritySettingsAreTakenChannelSettingsAreNot() {
        Map<String, String> all = Map.of(
                "kafka.bootstrap.servers", "broker:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.ssl.truststore.location", "/etc/kafka/ca.p12",
                "kafka.ssl.truststore.password", "",
                "kafka.max.request.size", "1000",
                "mp.messaging.outgoing.documents.topic", "x",
                "quarkus.http.port", "8081");
        Map<String, String> got = KafkaConnection.select(List.copyOf(all.keySet()), all::get);
        assertEquals(Map.of("bootstrap.servers", "broker:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "ssl.truststore.location", "/etc/kafka/ca.p12"), got);
    }
}
