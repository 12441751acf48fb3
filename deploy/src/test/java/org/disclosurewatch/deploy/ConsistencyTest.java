package org.disclosurewatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built overlays agree with the services' configuration; and the checks do catch a disagreement. */
class ConsistencyTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "production"})
    void overlayAgreesWithTheServices(String overlay) {
        List<String> problems = new ConsistencyChecks(Overlays.resources(overlay), Overlays.pipeline())
                .all(Overlays.dashboard());
        assertEquals(List.of(), problems);
    }

    @Test
    void theServicesDeclareTheExpectedConsumerGroups() {
        assertEquals(List.of("dw-fetcher", "dw-parser", "dw-parser-reparse", "dw-store", "dw-store-availability",
                "dw-store-originals", "dw-validator"),
                Overlays.pipeline().consumers().stream().map(ServiceConfig.Consumer::group).sorted().toList());
    }

    @Test
    void aTopicRenamedInOnePlaceIsReported() {
        List<ObjectNode> resources = Overlays.resources("production");
        ObjectNode topic = kindNamed(resources, "KafkaTopic", "dw-reports-parsed-v1");
        ((ObjectNode) topic.path("spec")).put("topicName", "dw.reports.parsed.v2");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).topics();
        assertTrue(problems.stream().anyMatch(p -> p.contains("dw.reports.parsed.v2") && p.contains("not defined in contracts")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("dw.topics.parsed=dw.reports.parsed.v1 has no KafkaTopic")),
                problems.toString());
    }

    @Test
    void aScaledObjectOnAnotherGroupIsReported() {
        List<ObjectNode> resources = Overlays.resources("production");
        ObjectNode so = kindNamed(resources, "ScaledObject", "validator");
        ((ObjectNode) so.path("spec").path("triggers").path(0).path("metadata")).put("consumerGroup", "dw-validators");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).consumers();
        assertTrue(problems.stream().anyMatch(p -> p.contains("dw-validators") && p.contains("not used by any service")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("dw-validator has no ScaledObject")), problems.toString());
    }

    @Test
    void aScaledObjectOnTheWrongTopicIsReported() {
        List<ObjectNode> resources = Overlays.resources("production");
        ObjectNode so = kindNamed(resources, "ScaledObject", "store");
        ((ObjectNode) so.path("spec").path("triggers").path(0).path("metadata")).put("topic", "dw.reports.parsed.v1");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).consumers();
        assertTrue(problems.stream().anyMatch(p -> p.contains("dw.reports.parsed.v1") && p.contains("store consumes")),
                problems.toString());
    }

    @Test
    void aProbePathTheServiceDoesNotServeIsReported() {
        List<ObjectNode> resources = Overlays.resources("test");
        ObjectNode d = kindNamed(resources, "Deployment", "parser");
        ((ObjectNode) d.path("spec").path("template").path("spec").path("containers").path(0)
                .path("readinessProbe").path("httpGet")).put("path", "/health/ready");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).deployments();
        assertTrue(problems.stream().anyMatch(p -> p.contains("readinessProbe path /health/ready is not served by parser")),
                problems.toString());
    }

    @Test
    void anEnvironmentKeyNoServiceReadsIsReported() {
        List<ObjectNode> resources = Overlays.resources("test");
        ObjectNode cm = kindNamed(resources, "ConfigMap", "validator-config");
        ((ObjectNode) cm.path("data")).put("DW_VALIDATOR_STRICTNESS", "high");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).deployments();
        assertTrue(problems.stream().anyMatch(p -> p.contains("DW_VALIDATOR_STRICTNESS")), problems.toString());
    }

    @Test
    void aSelectorThatMissesThePodsIsReported() {
        List<ObjectNode> resources = Overlays.resources("test");
        ObjectNode svc = kindNamed(resources, "Service", "store");
        ((ObjectNode) svc.path("spec").path("selector")).put("app.kubernetes.io/name", "stores");
        ObjectNode np = kindNamed(resources, "NetworkPolicy", "parser");
        ((ObjectNode) np.path("spec").path("podSelector").path("matchLabels")).put("app.kubernetes.io/name", "parsers");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).selectors();
        assertTrue(problems.stream().anyMatch(p -> p.contains("Service/store: selector")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Deployment/parser: no NetworkPolicy")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("ServiceMonitor/store: selector") || p.contains("Deployment/store: no Service")),
                problems.toString());
    }

    @Test
    void aMetricNoServiceRegistersIsReported() {
        List<String> problems = new ConsistencyChecks(Overlays.resources("test"), Overlays.pipeline())
                .metrics("{\"expr\": \"rate(dw_parser_pages_total[5m])\"}");
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("dw_parser_pages_total"), problems.toString());
    }

    @Test
    void aWrongJdbcUrlIsReported() {
        List<ObjectNode> resources = Overlays.resources("production");
        ObjectNode cm = kindNamed(resources, "ConfigMap", "store-config");
        ((ObjectNode) cm.path("data")).put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://dw-postgres-rw:5432/dw");
        List<String> problems = new ConsistencyChecks(resources, Overlays.pipeline()).database();
        assertTrue(problems.stream().anyMatch(p -> p.contains("is not the cluster's")), problems.toString());
    }

    static ObjectNode kindNamed(List<ObjectNode> resources, String kind, String name) {
        return resources.stream().filter(r -> kind.equals(Yaml.text(r, "kind"))
                && name.equals(Yaml.text(r, "metadata", "name"))).findFirst().orElseThrow();
    }
}
