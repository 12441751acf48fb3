package org.disclosurewatch.fetcher.adapter;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurewatch.fetcher.date.DateCandidate;
import org.disclosurewatch.fetcher.date.DateKind;
import org.disclosurewatch.fetcher.date.DateText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads listing and report pages by meaning, following a set of {@link AdapterRules}: report links are the
 * anchors whose title names an annual report and a year; the listing date is the date beside the link; further
 * listing pages come from 下一页/尾页/page-number links, from paging scripts ({@code createPageHTML(total,
 * current, "index", "htm")}) or from the rules' template; a report page gives its labelled dates, meta dates
 * and attachments.
 */
public final class PortalReader {
    private static final Pattern CREATE_PAGE = Pattern.compile(
            "createPageHTML\\(\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]([^'\"]*)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Set<String> NEXT_TEXTS = Set.of("下一页", "下页", "后页", "尾页", "末页", "最后一页", ">", ">>", "»");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\[?\\s*\\d{1,3}\\s*]?");
    private static final Set<String> ATTACHMENT_EXTENSIONS =
            Set.of(".pdf", ".doc", ".docx", ".wps", ".ofd", ".jpg", ".jpeg", ".png", ".zip", ".rar");

    private final AdapterRules rules;
    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    public PortalReader(AdapterRules rules) {
        this.rules = rules;
    }

    public AdapterRules rules() {
        return rules;
    }

    /** Reads a listing page (already decoded). */
    public ListingPage readListing(URI pageUrl, String html) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        Map<URI, ReportLink> byCanonical = new LinkedHashMap<>();
        List<Element> areas = rules.linkArea() == null ? List.of(doc) : doc.select(rules.linkArea());
        for (Element area : areas) {
            collect(area, byCanonical);
        }
        // lists written into the page as XML records (Hanweb datastore) for a script to render
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.contains("<record")) {
                Matcher m = CDATA.matcher(data);
                while (m.find()) {
                    collect(Jsoup.parseBodyFragment(m.group(1), pageUrl.toString()).body(), byCanonical);
                }
            }
        }
        return new ListingPage(new ArrayList<>(byCanonical.values()), nextPages(doc, html, pageUrl));
    }

    /** Reads report links out of an HTML fragment (an item of a list API). */
    public List<ReportLink> readFragment(URI base, String html) {
        Map<URI, ReportLink> byCanonical = new LinkedHashMap<>();
        collect(Jsoup.parseBodyFragment(html, base.toString()).body(), byCanonical);
        return new ArrayList<>(byCanonical.values());
    }

    /** A report link from a title and an href (a list API item); empty when it is not a report. */
    public Optional<ReportLink> link(URI base, String title, String href, LocalDate listedOn) {
        OptionalInt year = ReportTitle.year(title, rules);
        URI url = absolute(base, href);
        if (year.isEmpty() || url == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportLink(url, canonical(url), title.strip(), year.getAsInt(), listedOn, isAttachment(url)));
    }

    /** Reads a report page (already decoded). */
    public ReportPage readReport(URI pageUrl, String html) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        List<DateCandidate> dates = new ArrayList<>();
        String text = doc.body() == null ? doc.text() : doc.body().text();
        dates.addAll(DateText.labelled(text, rules.dateLabels(), DateKind.PAGE));
        dates.addAll(DateText.labelled(text, rules.writtenLabels(), DateKind.WRITTEN));
        for (Element meta : doc.select("meta[name], meta[property]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            for (String wanted : rules.metaNames()) {
                if (wanted.equalsIgnoreCase(name.trim())) {
                    DateText.first(meta.attr("content")).ifPresent(d -> dates.add(new DateCandidate(d, DateKind.META, wanted)));
                }
            }
        }
        Set<URI> attachments = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            URI url = absolute(pageUrl, a.attr("href"));
            if (url != null && (isAttachment(url) || namesAttachment(a.text()))) {
                attachments.add(url);
            }
        }
        return new ReportPage(dates, new ArrayList<>(attachments));
    }

    /** The date a URL carries, by the rules' URL patterns. */
    public Optional<LocalDate> urlDate(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        for (Pattern p : rules.urlDates()) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                LocalDate d = DateText.of(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The URL naming the filing a URL belongs to (mobile copies map to the desktop page), normalised. */
    public URI canonical(URI url) {
        String normalised = normalizer.filter(url.toString());
        if (normalised == null) {
            normalised = url.toString();
        }
        try {
            URI n = new URI(normalised);
            String path = n.getRawPath();
            if (path != null && rules.mobileCopy() != null) {
                path = rules.mobileCopy().matcher(path).replaceFirst("");
            }
            return URI.create(n.getScheme() + "://" + n.getRawAuthority() + (path == null ? "" : path)
                    + (n.getRawQuery() == null ? "" : "?" + n.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    /** Whether a URL is a document (PDF, DOC, DOCX, WPS, OFD, image, ZIP/RAR) rather than a page. */
    public static boolean isAttachment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        int dot = path.lastIndexOf('.');
        return dot >= 0 && path.lastIndexOf('/') < dot && ATTACHMENT_EXTENSIONS.contains(path.substring(dot));
    }

    /** Whether a link text names a document file ({@code 年报.docx}), as download servlets without extensions have. */
    static boolean namesAttachment(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int dot = t.lastIndexOf('.');
        return dot > 0 && ATTACHMENT_EXTENSIONS.contains(t.substring(dot));
    }

    private void collect(Element area, Map<URI, ReportLink> byCanonical) {
        for (Element a : area.select("a[href]")) {
            String title = a.attr("title").isBlank() ? a.text() : a.attr("title");
            OptionalInt year = ReportTitle.year(title, rules);
            URI url = absolute(URI.create(a.baseUri().isEmpty() ? "http://invalid/" : a.baseUri()), a.attr("href"));
            if (url == null || year.isEmpty()) {
                continue;
            }
            URI canonical = canonical(url);
            ReportLink link = new ReportLink(url, canonical, title.strip(), year.getAsInt(),
                    dateBeside(a, title, canonical), isAttachment(url));
            ReportLink earlier = byCanonical.get(canonical);
            if (earlier == null) {
                byCanonical.put(canonical, link);
            } else if (isMobile(earlier.url()) && !isMobile(url)) {
                byCanonical.put(canonical, new ReportLink(url, canonical, link.title(), link.year(),
                        link.listedOn() != null ? link.listedOn() : earlier.listedOn(), link.attachment()));
            }
        }
    }

    /**
     * The date in the list item around a link (not counting the link's own text), looking up at most three
     * levels, and never past an element that also holds another item (a link elsewhere with a title of its
     * own): a date that might be another item's is no date.
     */
    private LocalDate dateBeside(Element a, String title, URI canonical) {
        Element e = a.parent();
        for (int level = 0; level < 3 && e != null; level++) {
            if (holdsAnotherItem(e, a, canonical)) {
                return null;
            }
            String text = e.text().replace(a.text(), " ").replace(title, " ");
            Optional<LocalDate> d = DateText.first(text);
            if (d.isPresent()) {
                return d.get();
            }
            e = e.parent();
        }
        return null;
    }

    private boolean holdsAnotherItem(Element container, Element a, URI canonical) {
        for (Element other : container.select("a[href]")) {
            if (other == a || other.text().strip().length() <= 6) {
                continue; // the link itself, or 手机版 / 下载 / PDF beside it
            }
            URI u = absolute(URI.create(other.baseUri().isEmpty() ? "http://invalid/" : other.baseUri()), other.attr("href"));
            if (u == null || !canonical(u).equals(canonical)) {
                return true;
            }
        }
        return false;
    }

    private boolean isMobile(URI url) {
        return rules.mobileCopy() != null && url.getPath() != null && rules.mobileCopy().matcher(url.getPath()).find();
    }

    private List<URI> nextPages(Document doc, String html, URI pageUrl) {
        Set<URI> next = new LinkedHashSet<>();
        Matcher m = CREATE_PAGE.matcher(html);
        if (m.find()) {
            int total = Integer.parseInt(m.group(1));
            int current = Integer.parseInt(m.group(2));
            String prefix = m.group(3).isEmpty() ? "index" : m.group(3);
            for (int i = current + 1; i < total; i++) {
                next.add(pageUrl.resolve(prefix + "_" + i + "." + m.group(4)));
            }
        }
        String folder = folder(pageUrl);
        for (Element a : doc.select("a[href]")) {
            String text = a.text().strip();
            if (!NEXT_TEXTS.contains(text) && !PAGE_NUMBER.matcher(text).matches()) {
                continue;
            }
            URI url = absolute(pageUrl, a.attr("href"));
            if (url == null || isAttachment(url) || !sameAuthority(url, pageUrl) || !folder(url).equals(folder)
                    || url.equals(pageUrl)) {
                continue;
            }
            next.add(url);
        }
        return new ArrayList<>(next);
    }

    private static String folder(URI u) {
        String p = u.getPath() == null ? "/" : u.getPath();
        return p.substring(0, p.lastIndexOf('/') + 1);
    }

    private static boolean sameAuthority(URI a, URI b) {
        return String.valueOf(a.getRawAuthority()).equalsIgnoreCase(String.valueOf(b.getRawAuthority()));
    }

    /** An absolute http(s) URL from an href, or null (javascript:, mailto:, malformed). */
    public static URI absolute(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            String h = href.strip().replace(" ", "%20").replace("\\", "/");
            URI u;
            if (h.startsWith("?")) {
                String b = base.toString();
                int q = b.indexOf('?');
                u = new URI((q < 0 ? b : b.substring(0, q)) + h);
            } else {
                u = base.resolve(new URI(h));
            }
            int hash = u.toString().indexOf('#');
            if (hash >= 0) {
                u = URI.create(u.toString().substring(0, hash));
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
