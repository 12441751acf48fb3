package org.disclosurewatch.testkit.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurewatch.contracts.Topics;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void brokerCarriesRecordsAndHasEveryTopic() throws Exception {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            assertTrue(admin.listTopics().names().get().containsAll(Topics.all().values()));
        }
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>("infra-check", "k", "v")).get();
        }
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "infra-check", "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of("infra-check"));
            String value = null;
            long until = System.currentTimeMillis() + 30_000;
            while (value == null && System.currentTimeMillis() < until) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                for (var r : records) {
                    value = r.value();
                }
            }
            assertEquals("v", value);
        }
        System.out.println(TestInfrastructure.describe());
    }

    @Test
    void databaseAnswersQueries() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("select version()")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("PostgreSQL"), rs.getString(1));
        }
    }
}
