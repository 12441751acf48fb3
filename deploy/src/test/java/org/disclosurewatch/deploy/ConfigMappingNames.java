package org.disclosurewatch.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property names a {@code @ConfigMapping(prefix = ...)} interface declares, read from its source: each
 * method becomes a kebab-case name under the prefix; a method returning a nested interface of the same file
 * opens a group.
 */
final class ConfigMappingNames {

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("interface\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("([\\w.<>, ?]+?)\\s+(\\w+)\\(\\)\\s*;");

    private ConfigMappingNames() {
    }

    static Set<String> of(String source) {
        Matcher p = PREFIX.matcher(source);
        if (!p.find()) {
            return Set.of();
        }
        Map<String, List<String[]>> methods = new HashMap<>();
        List<String> order = new ArrayList<>();
        Matcher im = INTERFACE.matcher(source);
        List<int[]> spans = new ArrayList<>();
        while (im.find()) {
            order.add(im.group(1));
            spans.add(new int[] {im.end()});
        }
        for (int i = 0; i < order.size(); i++) {
            int start = spans.get(i)[0];
            int end = i + 1 < order.size() ? spans.get(i + 1)[0] : source.length();
            List<String[]> ms = new ArrayList<>();
            Matcher mm = METHOD.matcher(source.substring(start, end));
            while (mm.find()) {
                String type = mm.group(1).trim();
                type = type.substring(type.lastIndexOf(' ') + 1);
                ms.add(new String[] {type, mm.group(2)});
            }
            methods.put(order.get(i), ms);
        }
        Set<String> out = new HashSet<>();
        collect(order.get(0), p.group(1), methods, out, 0);
        return out;
    }

    private static void collect(String iface, String prefix, Map<String, List<String[]>> methods, Set<String> out,
                                int depth) {
        if (depth > 10) {
            return;
        }
        for (String[] m : methods.getOrDefault(iface, List.of())) {
            String name = prefix + "." + m[1].replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            String inner = m[0].replaceAll(".*<", "").replace(">", "");
            if (methods.containsKey(inner)) {
                collect(inner, m[0].startsWith("List<") || m[0].startsWith("Optional<List<") ? name + "[*]" : name,
                        methods, out, depth + 1);
            } else {
                out.add(name);
            }
        }
    }
}
