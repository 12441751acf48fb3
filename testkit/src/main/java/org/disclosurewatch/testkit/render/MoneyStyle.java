package org.disclosurewatch.testkit.render;

/** Where the unit of a money cell is printed. */
public enum MoneyStyle {
    /** The header says 万元, the cell holds a bare number in 万元 ("7926.3139"). */
    WAN_IN_HEADER,
    /** The cell carries 万元 ("7926.3139万元"). */
    WAN_IN_CELL,
    /** The cell carries 元 ("79263139元"). */
    YUAN_IN_CELL
}
