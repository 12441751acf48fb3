package org.disclosurewatch.contracts.form;

/** What a cell of the form holds. */
public enum CellKind {
    /** A non-negative integer count. */
    COUNT,
    /** An integer that may be negative (本年增/减 in the 2019 form). */
    SIGNED_COUNT,
    /** An amount of money in yuan, a non-negative decimal; printed as a decimal string. */
    MONEY_YUAN
}
