package org.disclosurewatch.contracts.form;

/**
 * Row and column keys that code outside the form definition names ({@link Forms} uses the same constants),
 * so a check across filings or a sum never spells a key of its own.
 */
public final class FormKeys {
    private FormKeys() {
    }

    /** Part 二 rows. */
    public static final String REGULATIONS = "regulations";
    public static final String NORMATIVE_DOCUMENTS = "normative_documents";
    /** Part 二 columns of the document rows (2021 form). */
    public static final String ISSUED = "issued";
    public static final String REPEALED = "repealed";
    public static final String IN_FORCE = "in_force";

    /** Part 三 rows. */
    public static final String NEW_RECEIVED = "new_received";
    public static final String CARRIED_OVER = "carried_over";
    public static final String TOTAL_PROCESSED = "total_processed";
    public static final String CARRIED_FORWARD = "carried_forward";

    /** Part 四 rows. */
    public static final String REVIEW = "review";
    public static final String LITIGATION_DIRECT = "litigation_direct";
    public static final String LITIGATION_AFTER_REVIEW = "litigation_after_review";
    /** Part 四 columns. */
    public static final String UPHELD = "upheld";
    public static final String CORRECTED = "corrected";
    public static final String OTHER_RESULT = "other";
    public static final String PENDING = "pending";

    /** The total column of parts 三 and 四. */
    public static final String TOTAL = "total";

    /** The dotted path of a cell: {@code requests.new_received.total}. */
    public static String path(Section section, String row, String column) {
        return section.key() + "." + row + "." + column;
    }
}
