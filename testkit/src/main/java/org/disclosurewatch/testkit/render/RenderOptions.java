package org.disclosurewatch.testkit.render;

import java.util.List;
import java.util.Random;

/**
 * How a report is dressed when rendered; each option imitates something real documents do.
 *
 * @param cellParagraphs     HTML: cell text wrapped in {@code <p>}
 * @param headerSplit        how column-header words are broken
 * @param halfWidthParens    print "(一)" instead of "（一）"
 * @param moneyStyle         where money cells print their unit
 * @param blankMark          what a blank cell shows: "", "/", "-" or "—"
 * @param paddedNumbers      numbers padded with non-breaking or ideographic spaces, as in text extractions
 * @param pipeSeparated      text output: {@code |}-separated cells instead of tab-indented lines
 * @param titleOnTwoLines    the agency on one line, "2024年政府信息公开工作年度报告" on the next
 * @param gbEncoding         HTML: page encoded in GB18030 and declared gb2312, as older portals do
 */
public record RenderOptions(boolean cellParagraphs, HeaderSplit headerSplit, boolean halfWidthParens,
                            MoneyStyle moneyStyle, String blankMark, boolean paddedNumbers,
                            boolean pipeSeparated, boolean titleOnTwoLines, boolean gbEncoding) {

    private static final List<String> BLANK_MARKS = List.of("", "/", "-", "—");

    /** The plainest rendering: whole headers, full-width parentheses, 万元 in the header, "/" for blanks. */
    public static RenderOptions plain() {
        return new RenderOptions(false, HeaderSplit.NONE, false, MoneyStyle.WAN_IN_HEADER, "/", false, false,
                false, false);
    }

    /** Options drawn at random (deterministic for the random's seed). */
    public static RenderOptions random(Random random) {
        return new RenderOptions(
                random.nextBoolean(),
                HeaderSplit.values()[random.nextInt(HeaderSplit.values().length)],
                random.nextInt(3) == 0,
                MoneyStyle.values()[random.nextInt(MoneyStyle.values().length)],
                BLANK_MARKS.get(random.nextInt(BLANK_MARKS.size())),
                random.nextInt(3) == 0,
                random.nextInt(3) == 0,
                random.nextInt(3) == 0,
                random.nextInt(8) == 0);
    }

    /** Options drawn from a seed. */
    public static RenderOptions random(long seed) {
        return random(new Random(seed));
    }
}
