package org.disclosurewatch.contracts.form;

import java.util.Optional;

/**
 * The six outcome classes of part 三 (（一）予以公开 … （六）其他处理), in the form's order: the group the form
 * gives their rows, the numeral it prints and the label. {@link Forms} builds part 三 from these.
 */
public enum OutcomeClass {
    GRANTED("granted", "（一）", "予以公开"),
    PARTIALLY_GRANTED("partially_granted", "（二）", "部分公开"),
    DENIED("denied", "（三）", "不予公开"),
    UNAVAILABLE("unavailable", "（四）", "无法提供"),
    NOT_PROCESSED("not_processed", "（五）", "不予处理"),
    OTHER("other", "（六）", "其他处理");

    /** The numeral of part 三 under which the outcome classes are printed (三、本年度办理结果). */
    public static final String PART = Section.REQUESTS.part();

    private final String key;
    private final String numeral;
    private final String label;

    OutcomeClass(String key, String numeral, String label) {
        this.key = key;
        this.numeral = numeral;
        this.label = label;
    }

    /** Stable key, e.g. {@code denied} (aggregates, chart classes). */
    public String key() {
        return key;
    }

    /** The numeral printed before the label: {@code （三）}. */
    public String numeral() {
        return numeral;
    }

    /** The printed label: {@code 不予公开}. */
    public String label() {
        return label;
    }

    /** The group of the form's rows of this class: {@code 三（三）}. */
    public String group() {
        return PART + numeral;
    }

    /** The class whose rows carry this group, if any. */
    public static Optional<OutcomeClass> ofGroup(String group) {
        for (OutcomeClass c : values()) {
            if (c.group().equals(group)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
