package org.disclosurewatch.validator.rules;

import java.math.BigDecimal;

/** Printing numbers the way the report prints them. */
public final class Numbers {
    private Numbers() {
    }

    /** "52", "642100", "59490886.67": no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "空白";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
