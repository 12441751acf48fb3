package org.disclosurewatch.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a kustomization directory the way {@code kubectl apply -k} does, for the features the manifests use:
 * resources (files and directories), configMapGenerator from files, labels, patches (JSON 6902 operation lists
 * with a target, or strategic-merge documents naming their resource, including {@code $patch: delete}), images
 * and namespace. Whatever cannot be resolved is recorded in {@link #problems()}.
 */
final class KustomizeBuild {

    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<String> problems = new ArrayList<>();

    /** Problems found while building. */
    List<String> problems() {
        return problems;
    }

    /** The resources a kustomization directory produces. */
    List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(dir + ": no kustomization.yaml");
            return new ArrayList<>();
        }
        Kustomization k;
        try {
            k = STRICT.readValue(file.toFile(), Kustomization.class);
        } catch (IOException e) {
            problems.add(file + ": " + e.getMessage().lines().findFirst().orElse(""));
            return new ArrayList<>();
        }
        List<ObjectNode> out = new ArrayList<>();
        for (String r : k.resourcesOrEmpty()) {
            Path p = dir.resolve(r).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(build(p));
            } else if (Files.isRegularFile(p)) {
                for (JsonNode d : Yaml.documents(p)) {
                    out.add((ObjectNode) d);
                }
            } else {
                problems.add(file + ": resource " + r + " does not exist");
            }
        }
        if (k.configMapGenerator() != null) {
            k.configMapGenerator().forEach(g -> out.add(generate(dir, file, g)));
        }
        if (k.patches() != null) {
            k.patches().forEach(p -> patch(dir, file, p, out));
        }
        if (k.labels() != null) {
            for (Kustomization.LabelSet set : k.labels()) {
                if (Boolean.TRUE.equals(set.includeSelectors()) || Boolean.TRUE.equals(set.includeTemplates())) {
                    problems.add(file + ": labels with includeSelectors/includeTemplates are not checked here");
                }
                out.forEach(o -> set.pairs().forEach((key, v) -> metadata(o).with("labels").put(key, v)));
            }
        }
        if (k.images() != null) {
            k.images().forEach(i -> out.forEach(o -> setImages(o, i)));
        }
        if (k.namespace() != null) {
            out.forEach(o -> metadata(o).put("namespace", k.namespace()));
        }
        return out;
    }

    private ObjectNode generate(Path dir, Path file, Kustomization.Generator g) {
        ObjectNode cm = Yaml.MAPPER.createObjectNode();
        cm.put("apiVersion", "v1").put("kind", "ConfigMap");
        ObjectNode meta = cm.putObject("metadata");
        meta.put("name", g.name());
        if (g.options() == null || !Boolean.TRUE.equals(g.options().disableNameSuffixHash())) {
            problems.add(file + ": generated ConfigMap " + g.name() + " gets a hash suffix; set disableNameSuffixHash");
        }
        if (g.options() != null && g.options().labels() != null) {
            g.options().labels().forEach(meta.with("labels")::put);
        }
        if (g.options() != null && g.options().annotations() != null) {
            g.options().annotations().forEach(meta.with("annotations")::put);
        }
        ObjectNode data = cm.putObject("data");
        for (String f : g.files()) {
            Path p = dir.resolve(f).normalize();
            if (!p.startsWith(dir)) {
                problems.add(file + ": generator file " + f + " lies outside the kustomization root (kustomize refuses it)");
            }
            try {
                data.put(p.getFileName().toString(), Files.readString(p));
            } catch (IOException e) {
                problems.add(file + ": generator file " + f + " does not exist");
            }
        }
        return cm;
    }

    private void patch(Path dir, Path file, Kustomization.Patch p, List<ObjectNode> resources) {
        List<JsonNode> docs;
        if (p.path() != null) {
            Path pf = dir.resolve(p.path()).normalize();
            if (!Files.isRegularFile(pf)) {
                problems.add(file + ": patch " + p.path() + " does not exist");
                return;
            }
            docs = Yaml.documents(pf);
        } else {
            try {
                docs = List.of(Yaml.MAPPER.readTree(p.patch()));
            } catch (IOException e) {
                problems.add(file + ": inline patch does not parse");
                return;
            }
        }
        String where = file + " patch " + (p.path() == null ? "(inline)" : p.path());
        if (docs.size() == 1 && docs.get(0).isArray()) {
            if (p.target() == null) {
                problems.add(where + ": a JSON 6902 patch needs a target");
                return;
            }
            List<ObjectNode> targets = resources.stream().filter(r -> matches(r, p.target())).toList();
            if (targets.isEmpty()) {
                problems.add(where + ": target selects no resource");
            }
            targets.forEach(t -> JsonPatch.apply(t, (ArrayNode) docs.get(0), where, problems));
            return;
        }
        for (JsonNode doc : docs) {
            List<ObjectNode> targets = p.target() != null
                    ? resources.stream().filter(r -> matches(r, p.target())).toList()
                    : resources.stream().filter(r -> sameResource(r, doc)).toList();
            if (targets.isEmpty()) {
                problems.add(where + ": patches " + Yaml.text(doc, "kind") + "/" + Yaml.text(doc, "metadata", "name")
                        + ", which does not exist");
            }
            if ("delete".equals(Yaml.text(doc, "$patch"))) {
                resources.removeAll(targets);
            } else {
                targets.forEach(t -> merge(t, doc, where));
            }
        }
    }

    private void merge(ObjectNode into, JsonNode patch, String where) {
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                into.remove(e.getKey());
            } else if (v.isObject() && into.get(e.getKey()) instanceof ObjectNode child) {
                merge(child, v, where);
            } else if (v.isArray()) {
                problems.add(where + ": strategic merge of the list " + e.getKey()
                        + " is not resolved here; use a JSON 6902 patch");
            } else {
                into.set(e.getKey(), v.deepCopy());
            }
        }
    }

    static boolean sameResource(JsonNode r, JsonNode doc) {
        return eq(Yaml.text(r, "apiVersion"), Yaml.text(doc, "apiVersion"))
                && eq(Yaml.text(r, "kind"), Yaml.text(doc, "kind"))
                && eq(Yaml.text(r, "metadata", "name"), Yaml.text(doc, "metadata", "name"));
    }

    static boolean matches(JsonNode r, Kustomization.Target t) {
        String apiVersion = Yaml.text(r, "apiVersion");
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (t.group() != null && !t.group().equals(group) || t.version() != null && !t.version().equals(version)) {
            return false;
        }
        if (t.kind() != null && !t.kind().equals(Yaml.text(r, "kind"))) {
            return false;
        }
        if (t.name() != null && !Yaml.text(r, "metadata", "name").matches(t.name())) {
            return false;
        }
        if (t.labelSelector() != null) {
            for (String pair : t.labelSelector().split(",")) {
                String[] kv = pair.split("=", 2);
                if (!kv[1].trim().equals(Yaml.text(r, "metadata", "labels", kv[0].trim()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void setImages(JsonNode node, Kustomization.Image image) {
        if (node instanceof ObjectNode o) {
            for (String list : List.of("containers", "initContainers")) {
                if (o.get(list) instanceof ArrayNode containers) {
                    for (JsonNode c : containers) {
                        String current = Yaml.text(c, "image");
                        if (current != null && (current.equals(image.name()) || current.startsWith(image.name() + ":"))) {
                            String name = image.newName() != null ? image.newName() : image.name();
                            String tag = image.newTag() != null ? image.newTag()
                                    : current.contains(":") ? current.substring(current.indexOf(':') + 1) : null;
                            ((ObjectNode) c).put("image", tag == null ? name : name + ":" + tag);
                        }
                    }
                }
            }
        }
        node.forEach(child -> setImages(child, image));
    }

    private static ObjectNode metadata(ObjectNode o) {
        return o.with("metadata");
    }

    private static boolean eq(String a, String b) {
        return a != null && a.equals(b);
    }
}
