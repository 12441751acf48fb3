package org.disclosurewatch.parser.form;

import java.math.BigDecimal;

/**
 * What a table cell holds once read as a number.
 *
 * @param number the value (in the cell's own unit, see {@link #unit}), null when blank
 * @param unit   the unit printed in the cell ("万元", "元"), or null
 * @param blank  true for "", "/", "-", "—", "无": no value, never a zero
 * @param note   words printed in parentheses after the number ("18（其中修订6件）" → "其中修订6件"), or null
 */
public record CellValue(BigDecimal number, String unit, boolean blank, String note) {
    public static final CellValue BLANK = new CellValue(null, null, true);

    public CellValue(BigDecimal number, String unit, boolean blank) {
        this(number, unit, blank, null);
    }
}
