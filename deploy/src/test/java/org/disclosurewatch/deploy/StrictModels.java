package org.disclosurewatch.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses each manifest into its typed model: fabric8's Kubernetes and Prometheus Operator models, Strimzi's API
 * model, and the records of {@link KedaModel} and {@link CloudNativePgModel}. A field the model does not know is a
 * problem: the records refuse it while reading, and the fabric8 and Strimzi models, which keep unknown fields aside,
 * are walked afterwards for anything kept aside.
 */
final class StrictModels {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePgModel.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePgModel.ScheduledBackup.class),
            Map.entry("keda.sh/v1alpha1/ScaledObject", KedaModel.ScaledObject.class));

    private StrictModels() {
    }

    /** Problems of one manifest: unknown kind, a field its model does not know, or a value of the wrong type. */
    static List<String> check(JsonNode manifest) {
        String id = Yaml.text(manifest, "apiVersion") + "/" + Yaml.text(manifest, "kind");
        String name = id + " " + Yaml.text(manifest, "metadata", "name");
        Class<?> type = KINDS.get(id);
        List<String> problems = new ArrayList<>();
        if (type == null) {
            problems.add(name + ": no model for " + id);
            return problems;
        }
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(manifest, type);
        } catch (Exception e) {
            problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
            return problems;
        }
        walk(parsed, name, problems, new IdentityHashMap<>());
        if (parsed instanceof KedaModel.ScaledObject so && so.spec() != null && so.spec().triggers() != null) {
            for (KedaModel.Trigger t : so.spec().triggers()) {
                if ("kafka".equals(t.type()) && t.metadata() != null) {
                    t.metadata().keySet().stream().filter(k -> !KedaModel.KAFKA_TRIGGER_KEYS.contains(k))
                            .forEach(k -> problems.add(name + ": kafka trigger has no metadata field " + k));
                }
            }
        }
        return problems;
    }

    private static void walk(Object o, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        Class<?> c = o.getClass();
        String pkg = c.getPackageName();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(invoke(rc.getAccessor(), o), path + "." + rc.getName(), problems, seen);
            }
            return;
        }
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                continue;
            }
            Object v = invoke(m, o);
            if (m.getName().equals("getAdditionalProperties") && v instanceof Map<?, ?> extra) {
                if (!extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            walk(v, path + "." + m.getName().replaceFirst("^(get|is)", ""), problems, seen);
        }
    }

    private static Object invoke(Method m, Object o) {
        try {
            return m.invoke(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
