package org.disclosurewatch.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.document.Block;
import org.disclosurewatch.parser.document.ExtractedDocument;
import org.disclosurewatch.parser.document.Paragraph;
import org.disclosurewatch.parser.document.Table;
import org.disclosurewatch.parser.document.TableBuilder;
import org.disclosurewatch.parser.form.SectionTables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page: picks the article body out of the page chrome (the smallest element holding the
 * report's tables together with its part 一 text), then emits its paragraphs and tables in order. Cells
 * keep their inner line breaks ({@code <br>}, {@code <p>}); rowspan/colspan are expanded; &amp;nbsp; and
 * ideographic spaces are left to the tolerant label matching.
 */
public final class HtmlExtractor {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "section", "article", "header", "footer", "blockquote", "pre", "center", "dd", "dt",
            "dl", "form", "nav", "aside", "main", "caption", "address", "hr");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "select", "option", "button", "svg", "head");

    private static final Evaluator TITLE_META =
            QueryParser.parse("meta[name~=(?i)^(ArticleTitle|title|og:title)$], meta[property=og:title]");
    private static final Evaluator TITLE_ELEMENTS = QueryParser.parse("h1, h2, h3, .title, [class*=title]");

    private HtmlExtractor() {
    }

    public static ExtractedDocument extract(String html, Deadline deadline) throws DocumentParseException {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        deadline.check();
        InnermostTables tables = new InnermostTables(doc);
        Element root = articleRoot(doc, tables);
        Walker w = new Walker(deadline, tables);
        w.walk(root);
        w.flush();
        List<String> outside = new ArrayList<>();
        for (Element m : doc.select(TITLE_META)) {
            outside.add(m.attr("content"));
        }
        for (Element h : doc.select(TITLE_ELEMENTS)) {
            if (!root.equals(h) && !h.parents().contains(root) && h.text().length() < 200) {
                outside.add(h.text());
            }
        }
        outside.add(doc.title());
        if (root != doc.body()) {
            Walker chrome = new Walker(deadline, tables);
            chrome.skip = root;
            chrome.walk(doc.body());
            chrome.flush();
            for (Block b : chrome.blocks) {
                if (b instanceof Paragraph p) {
                    outside.add(p.text());
                }
            }
        }
        return new ExtractedDocument(w.blocks, outside);
    }

    /**
     * The element holding the report: the nearest common ancestor of the tables that look like the form's,
     * widened until it holds running text as well; the whole body when there are no such tables.
     */
    static Element articleRoot(Document doc, InnermostTables tables) {
        Element body = doc.body() == null ? doc : doc.body();
        List<Element> formTables = new ArrayList<>();
        for (Element t : body.getElementsByTag("table")) {
            if (tables.isInnermost(t) && SectionTables.sectionOf(tables.grid(t, 0)) != null) {
                formTables.add(t);
            }
        }
        if (formTables.isEmpty()) {
            return body;
        }
        Element root = formTables.get(0);
        for (Element t : formTables) {
            while (root != null && !(root == t || t.parents().contains(root))) {
                root = root.parent();
            }
        }
        if (root == null) {
            return body;
        }
        while (root.parent() != null && root != body && (isTablePart(root) || !holdsRunningText(root))) {
            root = root.parent();
        }
        return root;
    }

    private static boolean isTablePart(Element e) {
        String n = e.normalName();
        return n.equals("table") || n.equals("tbody") || n.equals("thead") || n.equals("tr") || n.equals("td")
                || n.equals("th") || n.equals("tfoot");
    }

    /** Whether the element holds the report's running text as well (the part 一 heading, 总体情况). */
    private static boolean holdsRunningText(Element e) {
        return e.text().contains("总体情况");
    }

    /** A table element as a grid; nested tables contribute their text to the cell. */
    static Table toTable(Element table, int index) {
        TableBuilder b = new TableBuilder();
        for (Element tr : table.getElementsByTag("tr")) {
            if (closestTable(tr) != table) {
                continue;
            }
            b.startRow();
            for (Element cell : tr.children()) {
                String n = cell.normalName();
                if (!n.equals("td") && !n.equals("th")) {
                    continue;
                }
                b.addCell(cellText(cell), span(cell.attr("rowspan")), span(cell.attr("colspan")));
            }
        }
        return b.build(index);
    }

    private static Element closestTable(Element e) {
        Element p = e.parent();
        while (p != null && !p.normalName().equals("table")) {
            p = p.parent();
        }
        return p;
    }

    private static int span(String attr) {
        if (attr == null || attr.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(attr.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Cell text with line breaks where the cell has {@code <br>} or block children. */
    static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        appendText(cell, sb);
        return sb.toString().replace('\u00a0', ' ').strip();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (child instanceof Element e) {
                String n = e.normalName();
                if (SKIP_TAGS.contains(n)) {
                    continue;
                }
                if (n.equals("br")) {
                    sb.append('\n');
                } else if (BLOCK_TAGS.contains(n) || n.equals("tr") || n.equals("table")) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                    appendText(e, sb);
                    sb.append('\n');
                } else {
                    appendText(e, sb);
                }
            }
        }
    }

    /** Walks an element in document order, emitting paragraphs and tables. */
    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder buf = new StringBuilder();
        final Deadline deadline;
        final InnermostTables innermostTables;
        Element skip;
        int tables;
        int offset;
        int visited;

        Walker(Deadline deadline, InnermostTables innermostTables) {
            this.deadline = deadline;
            this.innermostTables = innermostTables;
        }

        void walk(Node node) throws DocumentParseException {
            for (Node child : node.childNodes()) {
                if ((++visited & 4095) == 0) {
                    deadline.check();
                }
                if (child instanceof TextNode t) {
                    buf.append(t.getWholeText().replace('\r', ' ').replace('\n', ' '));
                } else if (child instanceof Element e) {
                    String n = e.normalName();
                    if (SKIP_TAGS.contains(n) || e == skip || isHidden(e)) {
                        continue;
                    }
                    if (n.equals("table") && innermostTables.isInnermost(e)) {
                        flush();
                        blocks.add(innermostTables.grid(e, tables++));
                    } else if (n.equals("br")) {
                        buf.append('\n');
                    } else if (BLOCK_TAGS.contains(n) || isTablePart(e)) {
                        flush();
                        walk(e);
                        flush();
                    } else {
                        walk(e);
                    }
                }
            }
        }

        void flush() {
            if (buf.length() == 0) {
                return;
            }
            for (String line : buf.toString().split("\n")) {
                String s = line.replace('\u00a0', ' ').strip();
                if (!s.isEmpty()) {
                    blocks.add(new Paragraph(s, offset));
                }
                offset += line.length() + 1;
            }
            buf.setLength(0);
        }

        private static boolean isHidden(Element e) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("display:none") || e.hasAttr("hidden");
        }
    }
}
