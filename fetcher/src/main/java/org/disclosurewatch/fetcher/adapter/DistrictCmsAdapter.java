package org.disclosurewatch.fetcher.adapter;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The CMS of Chongqing's district portals: listings at the column folder paginated {@code index.html},
 * {@code index_1.html} …; report pages at {@code <yyyyMM>/t<yyyyMMdd>_<id>.html} with "发布时间:" or "日期:"
 * on the page, mobile copies at {@code …_wap.html}, attachments linked from the page.
 */
public final class DistrictCmsAdapter implements PortalAdapter {
    public static final String NAME = "district-cms";

    private static final Pattern REPORT_TITLE =
            Pattern.compile("((?:19|20)\\d{2}|[二][〇○零][一二三四五六七八九〇○零]{2})\\s*年?.*(年度报告|年报)|(年度报告|年报).*(?:19|20)\\d{2}");
    private static final Pattern URL_DATE = Pattern.compile("/t((?:19|20)\\d{2})(\\d{2})(\\d{2})_\\d+");
    private static final Pattern PAGE_DATE = Pattern.compile(
            "(?:发布时间|发布日期|日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern PAGE_COUNT = Pattern.compile("createPageHTML\\(\\s*['\"]?(\\d+)");
    private static final Pattern WAP = Pattern.compile("_wap(\\.s?html?)$");
    private static final Set<String> ATTACHMENT_EXTENSIONS = Set.of(".pdf", ".doc", ".docx", ".wps");

    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI listingPage(URI listingUrl, int page) {
        String path = listingUrl.getPath();
        URI folder = path.endsWith("/") ? listingUrl : listingUrl.resolve(".");
        return folder.resolve(page == 0 ? "index.html" : "index_" + page + ".html");
    }

    @Override
    public ListingPage readListing(URI pageUrl, String html, int page) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        Map<URI, ReportLink> byCanonical = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            String title = a.attr("title").isBlank() ? a.text() : a.attr("title");
            URI url = absolute(a.absUrl("href"));
            if (url == null || !REPORT_TITLE.matcher(title).find()) {
                continue;
            }
            URI canonical = canonical(url);
            LocalDate date = dateFromUrl(url);
            if (date == null && a.parent() != null) {
                date = firstIsoDate(a.parent().text());
            }
            ReportLink link = new ReportLink(url, canonical, title.trim(), date);
            ReportLink earlier = byCanonical.get(canonical);
            if (earlier == null || (isWap(earlier.url()) && !isWap(url))) {
                byCanonical.put(canonical, link);
            }
        }
        return new ListingPage(List.copyOf(byCanonical.values()), hasNext(doc, html, page));
    }

    @Override
    public ReportPage readReport(URI pageUrl, String html) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        LocalDate published = null;
        Matcher m = PAGE_DATE.matcher(doc.text());
        if (m.find()) {
            published = date(m.group(1), m.group(2), m.group(3));
        }
        if (published == null) {
            published = dateFromUrl(pageUrl);
        }
        Set<URI> attachments = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            URI url = absolute(a.absUrl("href"));
            if (url != null && isAttachment(url)) {
                attachments.add(url);
            }
        }
        return new ReportPage(published, new ArrayList<>(attachments));
    }

    @Override
    public URI canonical(URI url) {
        String normalised = normalizer.filter(url.toString());
        if (normalised == null) {
            normalised = url.toString();
        }
        try {
            URI n = new URI(normalised);
            String path = n.getRawPath();
            if (path != null) {
                Matcher m = WAP.matcher(path);
                if (m.find()) {
                    path = path.substring(0, m.start()) + m.group(1);
                }
            }
            return URI.create(n.getScheme() + "://" + n.getRawAuthority() + (path == null ? "" : path)
                    + (n.getRawQuery() == null ? "" : "?" + n.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    /** Whether a URL is a document linked from a report page. */
    public static boolean isAttachment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        int dot = path.lastIndexOf('.');
        return dot >= 0 && ATTACHMENT_EXTENSIONS.contains(path.substring(dot));
    }

    private boolean hasNext(Document doc, String html, int page) {
        Matcher m = PAGE_COUNT.matcher(html);
        if (m.find() && Integer.parseInt(m.group(1)) > page + 1) {
            return true;
        }
        String next = "index_" + (page + 1) + ".html";
        return doc.select("a[href]").stream().anyMatch(a -> a.attr("href").endsWith(next));
    }

    private static boolean isWap(URI url) {
        return url.getPath() != null && WAP.matcher(url.getPath()).find();
    }

    private static URI absolute(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(href.trim().replace(" ", "%20"));
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static LocalDate dateFromUrl(URI url) {
        Matcher m = URL_DATE.matcher(url.getPath() == null ? "" : url.getPath());
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate firstIsoDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
