package org.disclosurewatch.fetcher.adapter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a portal's pages are read, as data. A CMS family gives its defaults ({@link PortalAdapter#rules()}); a
 * catalogue entry may override the link area, the title pattern, the date labels and the paging
 * ({@link RuleOverrides}).
 *
 * @param linkArea      CSS selector of the part of a listing page that holds the report links; null: the whole page
 * @param titlePattern  what a report title must match (besides naming a statistics year)
 * @param notReports    titles that are never reports (工作要点, 解读, 新闻, 通知 …)
 * @param dateLabels    labels of the publication date on a report page, in the order they are reported
 * @param writtenLabels labels of the date the document was written (成文日期): read, never taken
 * @param metaNames     meta tag names (or properties) that carry the publication date
 * @param urlDates      patterns of a date in a report URL (groups 1–3: year, month, day)
 * @param mobileCopy    the part of a path that marks a mobile copy, removed to name the filing; null: none
 * @param paging        how further listing pages are found
 */
public record AdapterRules(String linkArea, Pattern titlePattern, Pattern notReports, List<String> dateLabels,
                           List<String> writtenLabels, List<String> metaNames, List<Pattern> urlDates,
                           Pattern mobileCopy, Paging paging) {

    /** Titles of annual disclosure reports: 年度报告 or 年报. */
    public static final Pattern REPORT_TITLE = Pattern.compile("年度报告|年报");
    /** Titles that name a report but are something else: work plans, explanations, news, notices, other reports. */
    public static final Pattern NOT_REPORTS = Pattern.compile(
            "工作要点|解读|图解|新闻|通知|公告|发布会|答记者问|法治政府|预算|决算|统计公报|社会责任|征求意见");
    public static final List<String> DATE_LABELS =
            List.of("发布时间", "发布日期", "公开日期", "信息时间", "日期", "时间", "更新时间");
    public static final List<String> WRITTEN_LABELS = List.of("成文日期", "成文时间");
    public static final List<String> META_NAMES = List.of("PubDate", "firstpublishedtime", "publishdate",
            "ArticlePublishDate", "article:published_time");
    public static final Pattern TRS_URL_DATE = Pattern.compile("/t((?:19|20)\\d{2})(\\d{2})(\\d{2})_\\d+");
    public static final Pattern HANWEB_URL_DATE = Pattern.compile("/art/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/art_");
    public static final Pattern EPOINT_URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/[0-9a-fA-F-]{32,36}\\.s?html?");
    public static final Pattern WAP = Pattern.compile("_wap(?=\\.s?html?$)");

    public AdapterRules {
        dateLabels = List.copyOf(dateLabels);
        writtenLabels = List.copyOf(writtenLabels);
        metaNames = List.copyOf(metaNames);
        urlDates = List.copyOf(urlDates);
    }

    /** Rules that read most portals: the whole page, every known label, meta name and URL date, links for paging. */
    public static AdapterRules defaults() {
        return new AdapterRules(null, REPORT_TITLE, NOT_REPORTS, DATE_LABELS, WRITTEN_LABELS, META_NAMES,
                List.of(TRS_URL_DATE, HANWEB_URL_DATE, EPOINT_URL_DATE), WAP, Paging.DISCOVER);
    }

    public AdapterRules withLinkArea(String selector) {
        return new AdapterRules(selector, titlePattern, notReports, dateLabels, writtenLabels, metaNames, urlDates,
                mobileCopy, paging);
    }

    public AdapterRules withTitlePattern(Pattern pattern) {
        return new AdapterRules(linkArea, pattern, notReports, dateLabels, writtenLabels, metaNames, urlDates,
                mobileCopy, paging);
    }

    public AdapterRules withDateLabels(List<String> labels) {
        return new AdapterRules(linkArea, titlePattern, notReports, labels, writtenLabels, metaNames, urlDates,
                mobileCopy, paging);
    }

    public AdapterRules withUrlDates(List<Pattern> patterns) {
        return new AdapterRules(linkArea, titlePattern, notReports, dateLabels, writtenLabels, metaNames, patterns,
                mobileCopy, paging);
    }

    public AdapterRules withPaging(Paging p) {
        return new AdapterRules(linkArea, titlePattern, notReports, dateLabels, writtenLabels, metaNames, urlDates,
                mobileCopy, p);
    }
}
