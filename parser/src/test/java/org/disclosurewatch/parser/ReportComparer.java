package org.disclosurewatch.parser;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.json.Json;

/**
 * Compares a parse with an answer key the way {@code shared/tools/compare_report.py} does: every scalar and
 * every cell of the key against the parse; cells the parse has that the key does not count as failures.
 */
final class ReportComparer {
    static final List<String> SCALARS = List.of("agency", "agency_level", "year", "format", "signed_on");
    static final List<String> SECTIONS = List.of("active_disclosure", "requests", "reviews_and_litigation");

    /** Passed count and the differences, one line each. */
    record Result(int passed, List<String> differences) {
        int failed() {
            return differences.size();
        }
    }

    private ReportComparer() {
    }

    static Result compare(AnnualReport report, JsonNode key) {
        JsonNode actual = Json.mapper().valueToTree(report);
        int passed = 0;
        List<String> diffs = new ArrayList<>();
        for (String field : SCALARS) {
            if (key.has(field)) {
                if (same(actual.get(field), key.get(field))) {
                    passed++;
                } else {
                    diffs.add(field + ": expected " + key.get(field) + ", got " + actual.get(field));
                }
            }
        }
        for (String section : SECTIONS) {
            Map<String, JsonNode> want = leaves(key.get(section), section);
            Map<String, JsonNode> got = leaves(actual.get(section), section);
            for (Map.Entry<String, JsonNode> e : want.entrySet()) {
                if (!got.containsKey(e.getKey())) {
                    diffs.add(e.getKey() + ": expected " + e.getValue() + ", missing");
                } else if (same(got.get(e.getKey()), e.getValue())) {
                    passed++;
                } else {
                    diffs.add(e.getKey() + ": expected " + e.getValue() + ", got " + got.get(e.getKey()));
                }
            }
            for (String path : got.keySet()) {
                if (!want.containsKey(path)) {
                    diffs.add(path + ": not in the form of this report, got " + got.get(path));
                }
            }
        }
        return new Result(passed, diffs);
    }

    private static Map<String, JsonNode> leaves(JsonNode node, String prefix) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.putAll(leaves(e.getValue(), prefix + "." + e.getKey()));
            }
        } else {
            out.put(prefix, node);
        }
        return out;
    }

    static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return a.asText().equals(b.asText());
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
