package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three tables of the report, by the key they carry in JSON and in cell paths. */
public enum Section {
    /** Part 二, 主动公开政府信息情况. */
    ACTIVE_DISCLOSURE("active_disclosure", "二"),
    /** Part 三, 收到和处理政府信息公开申请情况. */
    REQUESTS("requests", "三"),
    /** Part 四, 政府信息公开行政复议、行政诉讼情况. */
    REVIEWS_AND_LITIGATION("reviews_and_litigation", "四");

    private final String key;
    private final String part;

    Section(String key, String part) {
        this.key = key;
        this.part = part;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The part number as printed in the report (二, 三, 四). */
    public String part() {
        return part;
    }

    /** The printed part this table is: its numeral and title. */
    public ReportPart reportPart() {
        return ReportPart.of(part);
    }

    /** The title as printed, with its numeral: {@code 三、收到和处理政府信息公开申请情况}. */
    public String heading() {
        return reportPart().heading();
    }
}
