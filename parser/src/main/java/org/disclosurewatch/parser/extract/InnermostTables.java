package org.disclosurewatch.parser.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.disclosurewatch.parser.document.Table;
import org.jsoup.nodes.Element;

/**
 * The tables of one HTML page that hold no other table, each read into a grid once however often the
 * extraction looks at it (to find the article body, then to emit it). Belongs to one page; not shared.
 */
final class InnermostTables {
    private final Map<Element, Boolean> innermost = new IdentityHashMap<>();
    private final Map<Element, Table> grids = new IdentityHashMap<>();

    /** Classifies every table under the root in one pass over the tables and their ancestors. */
    InnermostTables(Element root) {
        for (Element t : root.getElementsByTag("table")) {
            innermost.putIfAbsent(t, Boolean.TRUE);
            for (Element p = t.parent(); p != null; p = p.parent()) {
                if (p.normalName().equals("table")) {
                    innermost.put(p, Boolean.FALSE);
                }
            }
        }
    }

    /** Whether the element is a table holding no other table. */
    boolean isInnermost(Element table) {
        Boolean known = innermost.get(table);
        return known != null ? known : table.getElementsByTag("table").size() == 1;
    }

    /** The grid of an innermost table, numbered {@code index} in the document. */
    Table grid(Element table, int index) {
        Table t = grids.computeIfAbsent(table, e -> HtmlExtractor.toTable(e, index));
        return t.index() == index ? t : new Table(index, t.rows());
    }
}
