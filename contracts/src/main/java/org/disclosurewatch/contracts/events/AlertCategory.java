package org.disclosurewatch.contracts.events;

import java.util.Locale;

/**
 * What an alert is about, as its CloudEvent type says: {@code org.disclosurewatch.filing.<category>.v1}.
 * Subscribers filter on the type; every {@link FindingKind} names its category.
 */
public enum AlertCategory {
    /** The numbers of a filing contradict each other, the narrative or last year's filing. */
    INCONSISTENT,
    /** Filed after the deadline. */
    LATE,
    /** Not filed by the deadline. */
    MISSING,
    /** Published again or corrected. */
    REVISED,
    /** The form itself: parts, format, title, signature, the filing body. */
    FORM,
    /** Taken down from its portal after it was published. */
    WITHDRAWN;

    /** Prefix of every CloudEvent {@code type}; the category and version follow. */
    public static final String TYPE_PREFIX = "org.disclosurewatch.filing.";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CloudEvent type of alerts of this category: {@code org.disclosurewatch.filing.late.v1}. */
    public String cloudEventType() {
        return TYPE_PREFIX + id() + ".v1";
    }
}
