package org.disclosurewatch.fetcher.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.disclosurewatch.fetcher.adapter.ListApi;
import org.disclosurewatch.fetcher.adapter.Paging;
import org.disclosurewatch.fetcher.adapter.RuleOverrides;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the portal catalogue (YAML). Every problem is reported with the entry it belongs to, so
 * a bad catalogue stops the service at start-up with a message that says what to fix:
 *
 * <pre>
 * portals:
 *   - id: cqqj                      # unique, lower case
 *     region: 重庆市綦江区
 *     adapter: district-cms          # a known adapter
 *     verified: false                # listing URLs checked against the live portal?
 *     delay: 5s                      # optional: pause between requests to this host
 *     max-pages: 10                  # optional: listing pages per listing and round
 *     not-before: 2019-01-01         # optional: date watermark
 *     listings:
 *       - url: https://cqqj.gov.cn/zwgk_159/zfxxgknb/qzfxxgknb/
 *         body: 重庆市綦江区人民政府     # the one body it lists, or
 *       - url: https://cqqj.gov.cn/zwgk_159/zfxxgknb/bmxxgknb/
 *         many-bodies: true          # a district column listing many bodies
 *       - url: https://www.example.gov.cn/col/col1234/index.html?uid=5&pageNum=1   # as copied from the browser
 *         body: 某某市人民政府
 *         list-api:                  # optional: the list the page fills itself from with JavaScript
 *           url: /module/web/jpage/dataproxy.jsp?startrecord={start}&amp;endrecord={end}&amp;perpage=15&amp;columnid=1234
 *           format: xml              # or json
 *           items: record            # XML element, or a JSON dot path (data.list)
 *           title: title             # for JSON / XML items with fields (an XML record of HTML needs none)
 *           link: url
 *           date: pubDate
 *           first-page: 1
 *           page-size: 15            # {start} = (page - first-page) * page-size + 1, {end} = {start} + page-size - 1
 *     # optional, per portal or per listing, without Java:
 *     link-area: "div.list"          # CSS selector of the listing's link area
 *     title-pattern: "年度报告|年报"   # what a report title matches (besides a statistics year)
 *     date-labels: [发布时间, 日期]     # publication-date labels on report pages
 *     paging: "index_{n}.htm"         # or {template: "?page={n}", first: 2}; default: found on the page
 * </pre>
 */
public final class CatalogueLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Set<String> PORTAL_KEYS =
            Set.of("id", "region", "adapter", "verified", "delay", "max-pages", "not-before", "listings",
                    "link-area", "title-pattern", "date-labels", "paging");
    private static final Set<String> LISTING_KEYS =
            Set.of("url", "body", "many-bodies", "list-api", "link-area", "title-pattern", "date-labels", "paging");
    private static final Set<String> LIST_API_KEYS =
            Set.of("url", "format", "items", "title", "link", "date", "first-page", "page-size");

    private final Set<String> adapterNames;

    /** @param adapterNames the adapters this build knows; an entry naming another is an error */
    public CatalogueLoader(Set<String> adapterNames) {
        this.adapterNames = Set.copyOf(adapterNames);
    }

    /** Loads from a file path or {@code classpath:<resource>}. */
    public Catalogue load(String location) {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CatalogueException("catalogue " + location + ": no such resource");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
            } catch (IOException e) {
                throw new CatalogueException("catalogue " + location + ": cannot read: " + e.getMessage(), e);
            }
        }
        try {
            return parse(Files.readString(Path.of(location), StandardCharsets.UTF_8), location);
        } catch (IOException e) {
            throw new CatalogueException("catalogue " + location + ": cannot read: " + e, e);
        }
    }

    /** Parses catalogue text; {@code source} names it in error messages. */
    public Catalogue parse(String yaml, String source) {
        Object root;
        try (Reader reader = new StringReader(yaml)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException | IOException e) {
            throw new CatalogueException("catalogue " + source + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("portals") instanceof List<?> entries) || entries.isEmpty()) {
            throw new CatalogueException("catalogue " + source + ": expected a non-empty list under 'portals'");
        }
        List<Portal> portals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> listingUrls = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            String where = "catalogue " + source + ": portal #" + (i + 1);
            if (!(entry instanceof Map<?, ?> map)) {
                throw new CatalogueException(where + ": expected a mapping");
            }
            Object rawId = map.get("id");
            if (rawId != null) {
                where += " (id " + rawId + ")";
            }
            Portal portal = portal(map, where);
            if (!ids.add(portal.id())) {
                throw new CatalogueException(where + ": id '" + portal.id() + "' is used twice");
            }
            for (Listing l : portal.listings()) {
                if (!listingUrls.add(l.url().toString())) {
                    throw new CatalogueException(where + ": listing " + l.url() + " appears twice in the catalogue");
                }
            }
            portals.add(portal);
        }
        return new Catalogue(portals);
    }

    private Portal portal(Map<?, ?> map, String where) {
        unknownKeys(map, PORTAL_KEYS, where);
        String id = text(map, "id", where);
        if (!ID.matcher(id).matches()) {
            throw new CatalogueException(where + ": id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String region = text(map, "region", where);
        String adapter = text(map, "adapter", where);
        if (!adapterNames.contains(adapter)) {
            throw new CatalogueException(where + ": adapter '" + adapter + "' is unknown; known: " + adapterNames);
        }
        boolean verified = Boolean.TRUE.equals(bool(map, "verified", where));
        Optional<Duration> delay = Optional.ofNullable(map.get("delay")).map(v -> duration(v, where + ": delay"));
        Optional<Integer> maxPages = Optional.ofNullable(map.get("max-pages")).map(v -> {
            if (!(v instanceof Integer n) || n < 1) {
                throw new CatalogueException(where + ": max-pages must be a positive whole number, not '" + v + "'");
            }
            return n;
        });
        Optional<LocalDate> notBefore = Optional.ofNullable(map.get("not-before")).map(v -> date(v, where));
        if (!(map.get("listings") instanceof List<?> rawListings) || rawListings.isEmpty()) {
            throw new CatalogueException(where + ": 'listings' must be a non-empty list");
        }
        List<Listing> listings = new ArrayList<>();
        String host = null;
        for (int j = 0; j < rawListings.size(); j++) {
            String lw = where + ": listing #" + (j + 1);
            if (!(rawListings.get(j) instanceof Map<?, ?> lm)) {
                throw new CatalogueException(lw + ": expected a mapping with 'url'");
            }
            Listing listing = listing(lm, lw);
            String h = HostKey.of(listing.url());
            if (host != null && !host.equals(h)) {
                throw new CatalogueException(lw + ": host " + h + " differs from the portal's host " + host
                        + "; give each host its own portal entry");
            }
            host = h;
            listings.add(listing);
        }
        return new Portal(id, region, adapter, verified, delay, maxPages, notBefore, List.copyOf(listings),
                overrides(map, where));
    }

    private static Listing listing(Map<?, ?> map, String where) {
        unknownKeys(map, LISTING_KEYS, where);
        String raw = text(map, "url", where);
        URI url;
        try {
            url = new URI(raw);
        } catch (URISyntaxException e) {
            throw new CatalogueException(where + ": url '" + raw + "' is not a valid URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CatalogueException(where + ": url '" + raw + "' must be http or https");
        }
        if (url.getHost() == null) {
            throw new CatalogueException(where + ": url '" + raw + "' has no host");
        }
        if (url.getRawFragment() != null) {
            url = URI.create(raw.substring(0, raw.indexOf('#')));
        }
        if (url.getRawPath() == null || url.getRawPath().isEmpty()) {
            url = url.resolve("/");
        }
        Object body = map.get("body");
        boolean many = Boolean.TRUE.equals(bool(map, "many-bodies", where));
        if (body != null && many) {
            throw new CatalogueException(where + ": give either 'body' or 'many-bodies: true', not both");
        }
        if (body == null && !many) {
            throw new CatalogueException(where + ": say which body it lists ('body: …') or 'many-bodies: true'");
        }
        if (body != null && (!(body instanceof String s) || s.isBlank())) {
            throw new CatalogueException(where + ": 'body' must be a non-empty text");
        }
        Optional<ListApi> api = Optional.empty();
        if (map.get("list-api") != null) {
            api = Optional.of(listApi(map.get("list-api"), where + ": list-api"));
        }
        return new Listing(url, body == null ? null : ((String) body).trim(), overrides(map, where), api);
    }

    private static RuleOverrides overrides(Map<?, ?> map, String where) {
        String area = map.get("link-area") == null ? null : text(map, "link-area", where);
        if (area != null) {
            try {
                org.jsoup.select.QueryParser.parse(area);
            } catch (RuntimeException e) {
                throw new CatalogueException(where + ": link-area '" + area + "' is not a CSS selector: " + e.getMessage());
            }
        }
        Pattern title = null;
        if (map.get("title-pattern") != null) {
            String t = text(map, "title-pattern", where);
            try {
                title = Pattern.compile(t);
            } catch (PatternSyntaxException e) {
                throw new CatalogueException(where + ": title-pattern '" + t + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
        List<String> labels = null;
        Object rawLabels = map.get("date-labels");
        if (rawLabels != null) {
            if (!(rawLabels instanceof List<?> l) || l.isEmpty() || l.stream().anyMatch(x -> String.valueOf(x).isBlank())) {
                throw new CatalogueException(where + ": date-labels must be a non-empty list of labels, e.g. [发布时间, 日期]");
            }
            labels = l.stream().map(x -> String.valueOf(x).trim()).toList();
        }
        Paging paging = null;
        Object rawPaging = map.get("paging");
        if (rawPaging instanceof String template) {
            paging = paging(template, 1, where);
        } else if (rawPaging instanceof Map<?, ?> pm) {
            unknownKeys(pm, Set.of("template", "first"), where + ": paging");
            Object first = pm.get("first") == null ? 1 : pm.get("first");
            if (!(first instanceof Integer f) || f < 0) {
                throw new CatalogueException(where + ": paging.first must be a whole number, not '" + first + "'");
            }
            paging = paging(text(pm, "template", where + ": paging"), f, where);
        } else if (rawPaging != null) {
            throw new CatalogueException(where + ": paging must be a template such as 'index_{n}.htm' or a mapping");
        }
        return new RuleOverrides(area, title, labels, paging);
    }

    private static Paging paging(String template, int first, String where) {
        if (!template.contains("{n}")) {
            throw new CatalogueException(where + ": paging template '" + template + "' must contain {n}");
        }
        return new Paging(template, first);
    }

    private static ListApi listApi(Object raw, String where) {
        if (!(raw instanceof Map<?, ?> m)) {
            throw new CatalogueException(where + ": expected a mapping with url, format, items, title, link");
        }
        unknownKeys(m, LIST_API_KEYS, where);
        String url = text(m, "url", where);
        if (!url.contains("{page}") && !url.contains("{start}")) {
            throw new CatalogueException(where + ": url '" + url + "' must contain {page} or {start}");
        }
        String format = text(m, "format", where).toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("xml")) {
            throw new CatalogueException(where + ": format must be json or xml, not '" + format + "'");
        }
        String items = text(m, "items", where);
        String title = m.get("title") == null ? null : text(m, "title", where);
        String link = m.get("link") == null ? null : text(m, "link", where);
        if (format.equals("json") && (title == null || link == null)) {
            throw new CatalogueException(where + ": a json list-api needs 'title' and 'link' (paths in an item)");
        }
        String date = m.get("date") == null ? null : text(m, "date", where);
        int first = positive(m, "first-page", 1, where);
        int size = positive(m, "page-size", 15, where);
        return new ListApi(url, format, items, title, link, date, first, size);
    }

    private static int positive(Map<?, ?> m, String key, int dflt, String where) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Integer n) || n < 0) {
            throw new CatalogueException(where + ": " + key + " must be a whole number, not '" + v + "'");
        }
        return n;
    }

    private static void unknownKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new CatalogueException(where + ": unknown field '" + key + "'; allowed: " + allowed);
            }
        }
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new CatalogueException(where + ": '" + key + "' is required");
        }
        return String.valueOf(v).trim();
    }

    private static Boolean bool(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Boolean b)) {
            throw new CatalogueException(where + ": '" + key + "' must be true or false, not '" + v + "'");
        }
        return b;
    }

    private static LocalDate date(Object v, String where) {
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            throw new CatalogueException(where + ": not-before '" + v + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** Parses {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or an ISO-8601 duration. */
    static Duration duration(Object v, String where) {
        String s = String.valueOf(v).trim();
        Matcher m = SHORT_DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            throw new CatalogueException(where + " '" + s + "' is not a duration (e.g. 500ms, 5s, 2m)");
        }
    }
}
