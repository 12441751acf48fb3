package org.disclosurewatch.validator.rules;

import java.math.BigDecimal;

/**
 * One cell taking part in an identity.
 *
 * @param path  dotted cell path
 * @param label how a clerk calls it ("自然人", "本年新收")
 * @param value its value, null when the cell is blank or absent
 */
public record Term(String path, String label, BigDecimal value) {
    public boolean blank() {
        return value == null;
    }

    /** "自然人(47)", or "自然人(空白)" for a blank cell. */
    public String shown() {
        return label + "(" + (value == null ? "空白" : Numbers.plain(value)) + ")";
    }
}
