package org.disclosurewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Applies JSON 6902 operations (add, replace, remove) to a resource, recording operations that do not apply. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, ArrayNode ops, String where, List<String> problems) {
        for (JsonNode op : ops) {
            String kind = Yaml.text(op, "op");
            String path = Yaml.text(op, "path");
            String[] parts = path.substring(1).split("/");
            JsonNode parent = target;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                String p = unescape(parts[i]);
                parent = parent.isArray() ? parent.get(Integer.parseInt(p)) : parent.get(p);
            }
            String last = unescape(parts[parts.length - 1]);
            String name = where + " on " + Yaml.text(target, "kind") + "/" + Yaml.text(target, "metadata", "name")
                    + ": " + kind + " " + path;
            if (parent == null || !parent.isContainerNode()) {
                problems.add(name + ": parent does not exist");
                continue;
            }
            boolean exists = parent.isArray() ? !"-".equals(last) && Integer.parseInt(last) < parent.size()
                    : parent.has(last);
            switch (kind) {
                case "add" -> {
                    if (parent instanceof ArrayNode a) {
                        if ("-".equals(last)) {
                            a.add(op.get("value").deepCopy());
                        } else {
                            a.insert(Integer.parseInt(last), op.get("value").deepCopy());
                        }
                    } else {
                        ((ObjectNode) parent).set(last, op.get("value").deepCopy());
                    }
                }
                case "replace" -> {
                    if (!exists) {
                        problems.add(name + ": nothing to replace");
                    } else if (parent instanceof ArrayNode a) {
                        a.set(Integer.parseInt(last), op.get("value").deepCopy());
                    } else {
                        ((ObjectNode) parent).set(last, op.get("value").deepCopy());
                    }
                }
                case "remove" -> {
                    if (!exists) {
                        problems.add(name + ": nothing to remove");
                    } else if (parent instanceof ArrayNode a) {
                        a.remove(Integer.parseInt(last));
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                }
                default -> problems.add(name + ": operation not supported here");
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("~1", "/").replace("~0", "~");
    }
}
