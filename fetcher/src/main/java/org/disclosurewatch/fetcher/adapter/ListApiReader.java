package org.disclosurewatch.fetcher.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.disclosurewatch.fetcher.date.DateText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the items of one page of a declared list endpoint (JSON or XML) into report links. */
public final class ListApiReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ListApiReader() {
    }

    /**
     * The items of a page: every item counts (so a page of non-reports is not mistaken for the end), reports
     * among them as links.
     */
    public record ApiPage(int items, List<ReportLink> reports) {
    }

    public static ApiPage read(ListApi api, PortalReader reader, URI listingUrl, String body) throws IOException {
        return api.json() ? json(api, reader, listingUrl, body) : xml(api, reader, listingUrl, body);
    }

    private static ApiPage json(ListApi api, PortalReader reader, URI base, String body) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode items = unwrap(path(root, api.items()));
        List<ReportLink> out = new ArrayList<>();
        int count = 0;
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                count++;
                JsonNode title = path(item, api.title());
                JsonNode link = path(item, api.link());
                JsonNode date = api.date() == null ? null : path(item, api.date());
                if (title != null && link != null) {
                    LocalDate listed = date == null ? null : DateText.first(date.asText()).orElse(null);
                    reader.link(base, title.asText(), link.asText(), listed).ifPresent(out::add);
                }
            }
        }
        return new ApiPage(count, out);
    }

    private static ApiPage xml(ListApi api, PortalReader reader, URI base, String body) throws IOException {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(body.strip())));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("list endpoint did not answer XML: " + e.getMessage(), e);
        }
        NodeList items = doc.getElementsByTagName(api.items());
        List<ReportLink> out = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (api.title() != null && api.link() != null && child(item, api.title()) != null) {
                String title = child(item, api.title());
                String link = child(item, api.link());
                String date = api.date() == null ? null : child(item, api.date());
                LocalDate listed = date == null ? null : DateText.first(date).orElse(null);
                reader.link(base, title, link, listed).ifPresent(out::add);
            } else {
                out.addAll(reader.readFragment(base, item.getTextContent()));
            }
        }
        return new ApiPage(items.getLength(), out);
    }

    private static String child(Element item, String name) {
        NodeList n = item.getElementsByTagName(name);
        if (n.getLength() == 0) {
            return null;
        }
        Node node = n.item(0);
        return node.getTextContent() == null ? null : node.getTextContent().strip();
    }

    /** Follows a dot path; a step that is a JSON text holding an object or array (Epoint nests so) is read first. */
    private static JsonNode path(JsonNode node, String dotted) {
        JsonNode n = node;
        for (String part : dotted.split("\\.")) {
            n = unwrap(n);
            if (n == null) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }

    private static JsonNode unwrap(JsonNode n) {
        if (n != null && n.isTextual()) {
            String t = n.asText().strip();
            if (t.startsWith("{") || t.startsWith("[")) {
                try {
                    return JSON.readTree(t);
                } catch (IOException e) {
                    return n;
                }
            }
        }
        return n;
    }
}
