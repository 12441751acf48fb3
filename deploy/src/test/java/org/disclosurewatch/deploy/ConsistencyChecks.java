package org.disclosurewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that built manifests agree with the services' configuration and with themselves: topics, consumer
 * groups, probe paths, ports, configuration keys, selectors, the database and the metric names of the alert
 * rules and the dashboard. Each check returns the problems it found, naming the resource and the value.
 */
final class ConsistencyChecks {

    /** Configuration keys that Quarkus extensions define, valid when the service has the extension. */
    private static final Map<String, String> EXTENSION_KEYS = Map.of(
            "kafka.bootstrap.servers", "quarkus-messaging-kafka",
            "quarkus.http.port", "quarkus-rest-jackson",
            "quarkus.datasource.jdbc.url", "quarkus-jdbc-postgresql",
            "quarkus.datasource.username", "quarkus-jdbc-postgresql",
            "quarkus.datasource.password", "quarkus-jdbc-postgresql");

    private static final Pattern TOPIC_MATCHER = Pattern.compile("topic\\s*(=~|=)\\s*\"([^\"]+)\"");
    private static final Pattern DW_METRIC = Pattern.compile("\\b(dw_[a-z0-9_]+)");

    private final List<JsonNode> manifests;
    private final Pipeline pipeline;
    private final List<String> problems = new ArrayList<>();

    ConsistencyChecks(List<? extends JsonNode> manifests, Pipeline pipeline) {
        this.manifests = List.copyOf(manifests);
        this.pipeline = pipeline;
    }

    /** Runs every check. */
    List<String> all(String dashboardJson) {
        problems.addAll(pipeline.problems());
        topics();
        consumers();
        deployments();
        selectors();
        database();
        metrics(dashboardJson);
        return problems;
    }

    List<JsonNode> kind(String kind) {
        return manifests.stream().filter(m -> kind.equals(Yaml.text(m, "kind"))).toList();
    }

    private static String name(JsonNode m) {
        return Yaml.text(m, "kind") + "/" + Yaml.text(m, "metadata", "name");
    }

    // ---- topics -----------------------------------------------------------------------------------------

    /** Every contracts topic has a KafkaTopic and every KafkaTopic is a contracts topic; sizes and compaction. */
    List<String> topics() {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode t : kind("KafkaTopic")) {
            String topic = Yaml.text(t, "spec", "topicName");
            byName.put(topic, t);
            if (!pipeline.topics().containsValue(topic)) {
                problems.add(name(t) + ": topic " + topic + " is not defined in contracts (dw.topics.*)");
            }
            String key = Yaml.text(t, "metadata", "labels", "disclosure-watch.org/topic-key");
            if (key != null && !topic.equals(pipeline.topics().get("dw.topics." + key))) {
                problems.add(name(t) + ": label topic-key " + key + " names dw.topics." + key + "="
                        + pipeline.topics().get("dw.topics." + key) + ", not " + topic);
            }
        }
        pipeline.topics().forEach((key, topic) -> {
            JsonNode t = byName.get(topic);
            if (t == null) {
                problems.add("contracts " + key + "=" + topic + " has no KafkaTopic");
                return;
            }
            if (key.endsWith("fetch-state") && !"compact".equals(Yaml.text(t, "spec", "config", "cleanup.policy"))) {
                problems.add(name(t) + ": the fetch-state topic keeps state and must be compacted");
            }
        });
        for (ServiceConfig s : pipeline.services().values()) {
            s.producedTopics().forEach((topic, maxRequest) -> {
                JsonNode t = byName.get(topic);
                if (t == null) {
                    problems.add(s.name() + " writes " + topic + ", which has no KafkaTopic");
                    return;
                }
                String max = Yaml.text(t, "spec", "config", "max.message.bytes");
                long limit = max == null ? 1048588 : Long.parseLong(max);
                if (maxRequest > limit) {
                    problems.add(name(t) + ": max.message.bytes " + limit + " is below " + s.name()
                            + "'s max.request.size " + maxRequest);
                }
            });
        }
        return problems;
    }

    // ---- consumers and autoscaling ------------------------------------------------------------------------

    /** Every consumer group has a ScaledObject on its topic and every ScaledObject scales a real group. */
    List<String> consumers() {
        Set<String> scaledGroups = new HashSet<>();
        Map<String, Integer> partitions = new HashMap<>();
        kind("KafkaTopic").forEach(t -> partitions.put(Yaml.text(t, "spec", "topicName"),
                t.path("spec").path("partitions").asInt()));
        for (JsonNode so : kind("ScaledObject")) {
            String target = Yaml.text(so, "spec", "scaleTargetRef", "name");
            JsonNode deployment = find("Deployment", target);
            if (deployment == null) {
                problems.add(name(so) + ": scales Deployment " + target + ", which does not exist");
            }
            for (JsonNode trigger : so.path("spec").path("triggers")) {
                if (!"kafka".equals(Yaml.text(trigger, "type"))) {
                    continue;
                }
                String group = Yaml.text(trigger, "metadata", "consumerGroup");
                String topic = Yaml.text(trigger, "metadata", "topic");
                scaledGroups.add(group);
                ServiceConfig.Consumer c = pipeline.consumers().stream().filter(x -> x.group().equals(group))
                        .findFirst().orElse(null);
                if (c == null) {
                    problems.add(name(so) + ": consumer group " + group + " is not used by any service");
                    continue;
                }
                if (!c.topic().equals(topic)) {
                    problems.add(name(so) + ": topic " + topic + " is not the topic " + c.topic() + " that "
                            + c.service() + " consumes as " + group);
                }
                String reset = Yaml.text(trigger, "metadata", "offsetResetPolicy");
                if (reset != null && !reset.equals(c.offsetReset())) {
                    problems.add(name(so) + ": offsetResetPolicy " + reset + " differs from " + c.service()
                            + "'s auto.offset.reset " + c.offsetReset());
                }
                if (deployment != null && !service(deployment).equals(c.service())) {
                    problems.add(name(so) + ": group " + group + " belongs to " + c.service() + " but the target runs "
                            + service(deployment));
                }
                int max = so.path("spec").path("maxReplicaCount").asInt();
                if (partitions.containsKey(topic) && max > partitions.get(topic)) {
                    problems.add(name(so) + ": maxReplicaCount " + max + " exceeds the " + partitions.get(topic)
                            + " partitions of " + topic);
                }
                checkBootstrap(name(so), Yaml.text(trigger, "metadata", "bootstrapServers"));
            }
        }
        pipeline.consumers().stream().filter(c -> !scaledGroups.contains(c.group()))
                .forEach(c -> problems.add(c.service() + "'s consumer group " + c.group() + " has no ScaledObject"));
        return problems;
    }

    private void checkBootstrap(String where, String servers) {
        if (servers == null) {
            problems.add(where + ": no Kafka bootstrap servers");
            return;
        }
        for (JsonNode kafka : kind("Kafka")) {
            String host = Yaml.text(kafka, "metadata", "name") + "-kafka-bootstrap";
            for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
                if (servers.equals(host + ":" + l.path("port").asInt()) && !l.path("tls").asBoolean()
                        && l.path("authentication").isMissingNode()) {
                    return;
                }
            }
        }
        problems.add(where + ": " + servers + " is not the plain listener of a Kafka cluster");
    }

    // ---- deployments ---------------------------------------------------------------------------------------

    /** The service a Deployment runs, from its image dw-<service>. */
    static String service(JsonNode deployment) {
        String image = Yaml.text(deployment.path("spec").path("template").path("spec").path("containers").path(0),
                "image");
        String last = image == null ? "" : image.substring(image.lastIndexOf('/') + 1).replaceAll("[:@].*", "");
        return last.startsWith("dw-") ? last.substring(3) : last;
    }

    /** Probes, ports, security settings and configuration keys of every Deployment. */
    List<String> deployments() {
        for (JsonNode d : kind("Deployment")) {
            String svc = service(d);
            ServiceConfig cfg = pipeline.services().get(svc);
            if (cfg == null) {
                problems.add(name(d) + ": runs image of unknown service " + svc);
                continue;
            }
            JsonNode pod = d.path("spec").path("template").path("spec");
            for (JsonNode c : pod.path("containers")) {
                String where = name(d) + " container " + Yaml.text(c, "name");
                Map<String, String> env = env(c, where);
                Map<String, Integer> ports = new HashMap<>();
                c.path("ports").forEach(p -> ports.put(Yaml.text(p, "name"), p.path("containerPort").asInt()));
                String httpPort = env.get("QUARKUS_HTTP_PORT");
                if (httpPort == null || !ports.containsValue(Integer.parseInt(httpPort))) {
                    problems.add(where + ": QUARKUS_HTTP_PORT " + httpPort + " is not a container port " + ports.values());
                }
                Set<String> paths = HttpPaths.of(cfg);
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    JsonNode get = c.path(probe).path("httpGet");
                    if (get.isMissingNode()) {
                        problems.add(where + ": no " + probe);
                        continue;
                    }
                    String path = Yaml.text(get, "path");
                    if (!paths.contains(path)) {
                        problems.add(where + ": " + probe + " path " + path + " is not served by " + svc
                                + " (serves " + paths + ")");
                    }
                    if (!ports.containsKey(Yaml.text(get, "port"))) {
                        problems.add(where + ": " + probe + " port " + Yaml.text(get, "port") + " is not a named port");
                    }
                }
                Set<String> known = cfg.knownProperties();
                for (String key : env.keySet()) {
                    boolean ok = known.stream().anyMatch(p -> envName(p).equals(key))
                            || EXTENSION_KEYS.entrySet().stream().anyMatch(
                                    e -> envName(e.getKey()).equals(key) && cfg.hasExtension(e.getValue()));
                    if (!ok) {
                        problems.add(where + ": environment variable " + key
                                + " sets no property that " + svc + " knows");
                    }
                }
                security(where, pod, c);
                checkBootstrap(where, env.get("KAFKA_BOOTSTRAP_SERVERS"));
            }
        }
        return problems;
    }

    private void security(String where, JsonNode pod, JsonNode c) {
        JsonNode sc = c.path("securityContext");
        if (!sc.path("runAsNonRoot").asBoolean() && !pod.path("securityContext").path("runAsNonRoot").asBoolean()) {
            problems.add(where + ": not runAsNonRoot");
        }
        if (!sc.path("readOnlyRootFilesystem").asBoolean()) {
            problems.add(where + ": root filesystem is writable");
        }
        if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
            problems.add(where + ": privilege escalation allowed");
        }
        if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
            problems.add(where + ": capabilities not dropped");
        }
        boolean tmp = false;
        for (JsonNode m : c.path("volumeMounts")) {
            if ("/tmp".equals(Yaml.text(m, "mountPath"))) {
                for (JsonNode v : pod.path("volumes")) {
                    tmp |= Yaml.text(m, "name").equals(Yaml.text(v, "name")) && v.has("emptyDir");
                }
            }
        }
        if (!tmp) {
            problems.add(where + ": no emptyDir at /tmp");
        }
    }

    /** The container's environment: envFrom ConfigMaps, then env entries with a value or a reference. */
    private Map<String, String> env(JsonNode container, String where) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String cm = Yaml.text(from, "configMapRef", "name");
            if (cm != null) {
                JsonNode map = find("ConfigMap", cm);
                if (map == null) {
                    problems.add(where + ": ConfigMap " + cm + " does not exist");
                } else {
                    map.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
                }
            }
        }
        container.path("env").forEach(e -> env.put(Yaml.text(e, "name"),
                e.has("value") ? Yaml.text(e, "value") : "<from " + e.path("valueFrom") + ">"));
        return env;
    }

    /** The environment variable Quarkus reads for a property name. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    // ---- selectors ----------------------------------------------------------------------------------------

    /** Services, PodDisruptionBudgets, NetworkPolicies and ServiceMonitors select what they are meant to. */
    List<String> selectors() {
        List<JsonNode> deployments = kind("Deployment");
        Map<String, Integer> coveredBy = new HashMap<>();
        for (String kind : List.of("Service", "PodDisruptionBudget", "NetworkPolicy")) {
            for (JsonNode r : kind(kind)) {
                JsonNode selector = switch (kind) {
                    case "Service" -> r.path("spec").path("selector");
                    case "PodDisruptionBudget" -> r.path("spec").path("selector").path("matchLabels");
                    default -> r.path("spec").path("podSelector").path("matchLabels");
                };
                List<JsonNode> selected = deployments.stream()
                        .filter(d -> selects(selector, d.path("spec").path("template").path("metadata").path("labels")))
                        .toList();
                if (selected.isEmpty()) {
                    problems.add(name(r) + ": selector " + selector + " selects no Deployment's pods");
                }
                selected.forEach(d -> coveredBy.merge(Yaml.text(d, "metadata", "name") + "/" + kind, 1, Integer::sum));
                if (kind.equals("Service")) {
                    for (JsonNode port : r.path("spec").path("ports")) {
                        String target = Yaml.text(port, "targetPort");
                        for (JsonNode d : selected) {
                            if (!d.path("spec").path("template").toString().contains("\"name\":\"" + target + "\"")) {
                                problems.add(name(r) + ": targetPort " + target + " is not a port of " + name(d));
                            }
                        }
                    }
                }
            }
        }
        for (JsonNode d : deployments) {
            for (String kind : List.of("Service", "PodDisruptionBudget", "NetworkPolicy")) {
                if (!coveredBy.containsKey(Yaml.text(d, "metadata", "name") + "/" + kind)) {
                    problems.add(name(d) + ": no " + kind + " selects its pods");
                }
            }
            JsonNode match = d.path("spec").path("selector").path("matchLabels");
            if (!selects(match, d.path("spec").path("template").path("metadata").path("labels"))) {
                problems.add(name(d) + ": its selector does not match its own pod labels");
            }
        }
        for (JsonNode sm : kind("ServiceMonitor")) {
            JsonNode selector = sm.path("spec").path("selector").path("matchLabels");
            List<JsonNode> services = kind("Service").stream()
                    .filter(s -> selects(selector, s.path("metadata").path("labels"))).toList();
            if (services.isEmpty()) {
                problems.add(name(sm) + ": selector " + selector + " selects no Service");
            }
            for (JsonNode ep : sm.path("spec").path("endpoints")) {
                for (JsonNode s : services) {
                    if (!s.path("spec").path("ports").toString().contains("\"name\":\"" + Yaml.text(ep, "port") + "\"")) {
                        problems.add(name(sm) + ": port " + Yaml.text(ep, "port") + " is not a port of " + name(s));
                    }
                    String svc = Yaml.text(s, "metadata", "name");
                    ServiceConfig cfg = pipeline.services().get(svc);
                    if (cfg != null && !HttpPaths.of(cfg).contains(Yaml.text(ep, "path"))) {
                        problems.add(name(sm) + ": path " + Yaml.text(ep, "path") + " is not served by " + svc);
                    }
                }
            }
        }
        return problems;
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        var it = selector.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    // ---- database -----------------------------------------------------------------------------------------

    /** The store's JDBC URL and credentials point at the CloudNativePG cluster and its database. */
    List<String> database() {
        for (JsonNode cluster : kind("Cluster")) {
            String name = Yaml.text(cluster, "metadata", "name");
            String url = "jdbc:postgresql://" + name + "-rw:5432/" + Yaml.text(cluster, "spec", "bootstrap", "initdb", "database");
            boolean used = false;
            for (JsonNode cm : kind("ConfigMap")) {
                String jdbc = Yaml.text(cm, "data", "QUARKUS_DATASOURCE_JDBC_URL");
                if (jdbc != null) {
                    used = true;
                    if (!jdbc.equals(url)) {
                        problems.add(name(cm) + ": JDBC URL " + jdbc + " is not the cluster's " + url);
                    }
                }
            }
            if (!used) {
                problems.add(name(cluster) + ": no service connects to it");
            }
            for (JsonNode d : kind("Deployment")) {
                for (JsonNode e : d.path("spec").path("template").path("spec").path("containers").path(0).path("env")) {
                    String secret = Yaml.text(e, "valueFrom", "secretKeyRef", "name");
                    if (secret != null && secret.startsWith(name) && !secret.equals(name + "-app")) {
                        problems.add(name(d) + ": " + secret + " is not the Secret " + name + "-app the operator makes");
                    }
                }
            }
        }
        return problems;
    }

    // ---- metrics and topics named in alert rules and the dashboard ------------------------------------------

    /** Service metrics in alert rules and the dashboard are registered by a service; topics named there exist. */
    List<String> metrics(String dashboardJson) {
        List<String> texts = new ArrayList<>();
        kind("PrometheusRule").forEach(r -> texts.add(r.toString()));
        if (dashboardJson != null) {
            texts.add(dashboardJson);
        }
        String sources = String.join("\n", pipeline.services().values().stream().map(ServiceConfig::sources).toList());
        for (String text : texts) {
            String plain = text.replace("\\\\", "\\").replace("\\\"", "\"");
            Matcher m = DW_METRIC.matcher(plain);
            while (m.find()) {
                String metric = m.group(1);
                String micrometer = metric.replaceFirst("_(total|seconds_count|seconds_sum|seconds_max|seconds_bucket|seconds|bytes)$", "")
                        .replace('_', '.');
                if (!sources.contains("\"" + micrometer + "\"")) {
                    problems.add("metric " + metric + " is registered by no service (looked for \"" + micrometer + "\")");
                }
            }
            Matcher t = TOPIC_MATCHER.matcher(plain);
            while (t.find()) {
                String value = t.group(2).replace("\\\\", "\\");
                if (value.contains("*") || value.contains("+")) {
                    continue;
                }
                for (String alt : value.split("\\|")) {
                    String topic = alt.replace("\\.", ".");
                    if (!pipeline.topics().containsValue(topic)) {
                        problems.add("topic " + topic + " in an alert rule or the dashboard is not defined in contracts");
                    }
                }
            }
        }
        return problems;
    }

    private JsonNode find(String kind, String name) {
        return kind(kind).stream().filter(m -> name != null && name.equals(Yaml.text(m, "metadata", "name")))
                .findFirst().orElse(null);
    }
}
