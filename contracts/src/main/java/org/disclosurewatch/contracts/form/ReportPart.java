package org.disclosurewatch.contracts.form;

/** The six parts of an annual report, with the numeral and title the form prints (一、总体情况 …). */
public enum ReportPart {
    OVERVIEW("一", "总体情况"),
    ACTIVE_DISCLOSURE("二", "主动公开政府信息情况"),
    REQUESTS("三", "收到和处理政府信息公开申请情况"),
    REVIEWS_AND_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("五", "存在的主要问题及改进情况"),
    OTHER_MATTERS("六", "其他需要报告的事项");

    private final String numeral;
    private final String title;

    ReportPart(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    /** 一 … 六. */
    public String numeral() {
        return numeral;
    }

    /** The title without its numeral: {@code 总体情况}. */
    public String title() {
        return title;
    }

    /** The heading as printed: {@code 一、总体情况}. */
    public String heading() {
        return numeral + "、" + title;
    }

    /** The part of a numeral (一 … 六). */
    public static ReportPart of(String numeral) {
        for (ReportPart p : values()) {
            if (p.numeral.equals(numeral)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no part " + numeral);
    }
}
