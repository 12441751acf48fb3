package org.disclosurewatch.validator.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table cells a stated count is compared with. A count agrees when it equals the sum of the cells of
 * any one alternative: "行政诉讼9件" may be the direct suits, the suits after review, or both together.
 *
 * @param name         how a clerk finds the cells ("第三部分“本年新收”总计")
 * @param alternatives each a list of cell paths whose values add up to the count
 */
public record TableTarget(String name, List<List<String>> alternatives) {
    public TableTarget {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    public static TableTarget of(String name, List<String> cells) {
        return new TableTarget(name, List.of(cells));
    }

    /** Every cell involved, each once. */
    public List<String> cells() {
        Set<String> all = new LinkedHashSet<>();
        alternatives.forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** The cell a finding points at: the first cell of the first alternative. */
    public String principalCell() {
        return alternatives.get(0).get(0);
    }
}
