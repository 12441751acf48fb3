package org.disclosurewatch.fetcher.adapter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a catalogue entry changes in its adapter's rules; null fields keep the adapter's value.
 *
 * @param linkArea     CSS selector of the listing's link area
 * @param titlePattern pattern a report title must match
 * @param dateLabels   publication-date labels on report pages
 * @param paging       how further listing pages are found
 */
public record RuleOverrides(String linkArea, Pattern titlePattern, List<String> dateLabels, Paging paging) {
    public static final RuleOverrides NONE = new RuleOverrides(null, null, null, null);

    public AdapterRules applyTo(AdapterRules rules) {
        AdapterRules r = rules;
        if (linkArea != null) {
            r = r.withLinkArea(linkArea);
        }
        if (titlePattern != null) {
            r = r.withTitlePattern(titlePattern);
        }
        if (dateLabels != null) {
            r = r.withDateLabels(dateLabels);
        }
        if (paging != null) {
            r = r.withPaging(paging);
        }
        return r;
    }

    /** These overrides, with {@code more}'s non-null fields taking precedence. */
    public RuleOverrides then(RuleOverrides more) {
        return new RuleOverrides(more.linkArea != null ? more.linkArea : linkArea,
                more.titlePattern != null ? more.titlePattern : titlePattern,
                more.dateLabels != null ? more.dateLabels : dateLabels,
                more.paging != null ? more.paging : paging);
    }
}
