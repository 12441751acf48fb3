package org.disclosurewatch.contracts.form;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of body that files, which decides its deadline. */
public enum AgencyLevel {
    /** A county-level-or-above people's government (本级政府 report): due 31 March. */
    GOVERNMENT,
    /** A department of such a government: due 31 January. */
    DEPARTMENT,
    /** A township or sub-district (乡镇, 街道): no statutory date, set per region. */
    TOWNSHIP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
