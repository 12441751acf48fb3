package org.disclosurewatch.contracts.form;

/** The part a row plays in the identities of the form. */
public enum RowRole {
    /** A row with no identity of its own (part 二). */
    PLAIN,
    /** Part 三 一 and 二: what came in (本年新收, 上年结转). */
    INTAKE,
    /** Part 三 三（一）…（六）: one class of outcome. */
    OUTCOME,
    /** Part 三 三（七）总计. */
    OUTCOME_TOTAL,
    /** Part 三 四, 结转下年度继续办理. */
    CARRIED_FORWARD,
    /** Part 四: one group (复议, 直接起诉, 复议后起诉) whose outcome columns sum to its 总计. */
    REVIEW_GROUP
}
