package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a document turned out to be. */
public enum DocumentKind {
    /** A 政府信息公开工作年度报告, read into the form. */
    ANNUAL_REPORT,
    /** Anything else a portal links (news, guides, notices): classified, not forced into the form. */
    NOT_ANNUAL_REPORT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
