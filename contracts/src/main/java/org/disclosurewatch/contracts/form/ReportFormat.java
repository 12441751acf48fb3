package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two report forms in use since 2019. */
public enum ReportFormat {
    /** 国办公开办函〔2019〕60号: reports for 2019 and 2020; 23 part-3 rows. */
    F2019("2019"),
    /** 国办公开办函〔2021〕30号: reports for 2021 onwards; 25 part-3 rows. */
    F2021("2021");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The form a report for {@code year} is expected to use. */
    public static ReportFormat expectedFor(int year) {
        return year >= 2021 ? F2021 : F2019;
    }

    @JsonCreator
    public static ReportFormat of(String id) {
        for (ReportFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format " + id);
    }
}
