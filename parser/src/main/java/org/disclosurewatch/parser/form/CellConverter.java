package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.ColumnSpec;

/**
 * Turns a cell's printed value into the form's value: counts must be whole numbers, money is converted to
 * yuan exactly (万元 × 10000). Returns null with a reason when the value cannot be trusted.
 */
final class CellConverter {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The converted value, or null; {@code problem[0]} receives the reason when a printed value is refused. */
    static BigDecimal convert(CellValue v, ColumnSpec column, String headerUnit, String[] problem) {
        if (v.blank()) {
            return null;
        }
        BigDecimal n = v.number();
        if (column.kind() == CellKind.MONEY_YUAN) {
            String unit = v.unit() != null ? v.unit() : headerUnit != null ? headerUnit : unitOf(column.labels().get(0));
            if (unit == null) {
                problem[0] = "amount " + n.toPlainString() + " printed without a unit (元 or 万元)";
                return null;
            }
            if (!unit.equals("万元") && !unit.equals("元")) {
                problem[0] = "amount printed in " + unit + ", not money";
                return null;
            }
            return unit.equals("万元") ? n.multiply(TEN_THOUSAND) : n;
        }
        if (v.unit() != null && (v.unit().equals("万元") || v.unit().equals("元"))) {
            problem[0] = "a count printed as money (" + n.toPlainString() + v.unit() + ")";
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            problem[0] = "a count printed with a fraction (" + n.toPlainString() + ")";
            return null;
        }
        return n.setScale(0);
    }

    /** The money unit named in a header text, or null. */
    static String unitOf(String header) {
        if (header == null) {
            return null;
        }
        return unitOfFolded(Labels.fold(header));
    }

    /** {@link #unitOf} for a header already folded by {@link Labels#fold}. */
    static String unitOfFolded(String f) {
        if (f.contains("万元")) {
            return "万元";
        }
        if (f.contains("单位:元") || f.contains("(元)") || f.endsWith("元")) {
            return "元";
        }
        return null;
    }

    private CellConverter() {
    }
}
