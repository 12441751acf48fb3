package org.disclosurewatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The overlays build, and every resource they produce parses into its typed model with no unknown field. */
class ManifestModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "production"})
    void overlayBuildsWithoutProblems(String overlay) {
        assertEquals(List.of(), Overlays.buildProblems(overlay));
        assertFalse(Overlays.resources(overlay).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "production"})
    void everyResourceParsesIntoItsModel(String overlay) {
        List<String> problems = new ArrayList<>();
        Overlays.resources(overlay).forEach(r -> problems.addAll(StrictModels.check(r)));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "production"})
    void everyImageHasARegistryAndTagFromTheOverlay(String overlay) {
        for (ObjectNode d : kind(Overlays.resources(overlay), "Deployment")) {
            String image = Yaml.text(d.path("spec").path("template").path("spec").path("containers").path(0), "image");
            assertTrue(image.matches("[a-z0-9.-]+/.+/dw-[a-z]+:[\\w.-]+"), "image " + image);
        }
    }

    @Test
    void productionRunsThreeBrokersAndTestOne() {
        assertEquals(3, kind(Overlays.resources("production"), "KafkaNodePool").get(0).path("spec").path("replicas").asInt());
        assertEquals(1, kind(Overlays.resources("test"), "KafkaNodePool").get(0).path("spec").path("replicas").asInt());
        for (ObjectNode t : kind(Overlays.resources("production"), "KafkaTopic")) {
            assertEquals(3, t.path("spec").path("replicas").asInt(), Yaml.text(t, "metadata", "name"));
            assertEquals(2, t.path("spec").path("config").path("min.insync.replicas").asInt());
        }
        for (ObjectNode so : kind(Overlays.resources("test"), "ScaledObject")) {
            assertEquals(1, so.path("spec").path("maxReplicaCount").asInt());
        }
        assertTrue(kind(Overlays.resources("test"), "ScheduledBackup").isEmpty());
        assertEquals(1, kind(Overlays.resources("production"), "ScheduledBackup").size());
    }

    @Test
    void kafkaRunsInKraftModeWithNodePools() {
        JsonNode kafka = kind(Overlays.resources("production"), "Kafka").get(0);
        assertEquals("enabled", Yaml.text(kafka, "metadata", "annotations", "strimzi.io/kraft"));
        assertEquals("enabled", Yaml.text(kafka, "metadata", "annotations", "strimzi.io/node-pools"));
        assertTrue(kafka.path("spec").path("zookeeper").isMissingNode());
    }

    @Test
    void anUnknownFieldIsReported() {
        ObjectNode deployment = kind(Overlays.resources("test"), "Deployment").get(0);
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").path(0))
                .put("livenessProbePath", "/q/health/live");
        List<String> problems = StrictModels.check(deployment);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("livenessProbePath"), problems.toString());

        ObjectNode scaled = kind(Overlays.resources("test"), "ScaledObject").get(0);
        ((ObjectNode) scaled.path("spec")).put("maxReplicas", 4);
        assertTrue(StrictModels.check(scaled).toString().contains("maxReplicas"));

        ObjectNode topic = kind(Overlays.resources("test"), "KafkaTopic").get(0);
        ((ObjectNode) topic.path("spec")).put("retention", "7d");
        assertTrue(StrictModels.check(topic).toString().contains("retention"));

        ObjectNode rule = kind(Overlays.resources("test"), "PrometheusRule").get(0);
        ((ObjectNode) rule.path("spec").path("groups").path(0).path("rules").path(0)).put("severity", "warning");
        assertTrue(StrictModels.check(rule).toString().contains("severity"));
    }

    @Test
    void aMissingPatchTargetIsReported() {
        KustomizeBuild b = new KustomizeBuild();
        List<ObjectNode> resources = new ArrayList<>(Overlays.resources("test"));
        ObjectNode ops = (ObjectNode) Yaml.MAPPER.createObjectNode();
        ops.put("op", "replace").put("path", "/spec/notThere").put("value", 1);
        JsonPatch.apply(resources.get(0), Yaml.MAPPER.createArrayNode().add(ops), "patch", b.problems());
        assertTrue(b.problems().toString().contains("nothing to replace"), b.problems().toString());
    }

    static List<ObjectNode> kind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(Yaml.text(r, "kind"))).toList();
    }
}
