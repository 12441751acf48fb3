package org.disclosurewatch.parser.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private static CellValue read(String s) {
        return NumberReader.read(s).orElseThrow(() -> new AssertionError("not a value: " + s));
    }

    @Test
    void blanksAreNotZero() {
        for (String s : new String[] {"", " ", "/", "／", "-", "—", "——", "－", "\u00a0", "　", "无"}) {
            assertTrue(read(s).blank(), "blank: [" + s + "]");
        }
        assertEquals(0, BigDecimal.ZERO.compareTo(read("0").number()));
    }

    @Test
    void digitsUnitsAndSigns() {
        assertEquals(new BigDecimal("12"), read("１２").number());
        assertEquals(new BigDecimal("-13"), read("-13").number());
        assertEquals(new BigDecimal("1234"), read("1,234").number());
        assertEquals("元", read("251000元").unit());
        assertEquals(new BigDecimal("604.96"), read("604.96万元").number());
        assertEquals("万元", read("604.96 万元").unit());
        assertEquals(new BigDecimal("7"), read("7件").number());
    }

    @Test
    void aNoteInWordsAfterTheNumberIsKeptApart() {
        CellValue v = read("18（其中修订6件）");
        assertEquals(new BigDecimal("18"), v.number());
        assertEquals("其中修订6件", v.note());
        assertEquals("万元", read("5.2万元(含追缴)").unit());
        assertTrue(NumberReader.read("3(2)").isEmpty(), "a number in parentheses is not a note");
        assertTrue(NumberReader.read("3.其他(请注明)").isEmpty());
    }

    @Test
    void labelsAreNotNumbers() {
        for (String s : new String[] {"1.属于国家秘密", "（七）总计", "行政许可", "1.2.3", "12-3", "abc"}) {
            assertTrue(NumberReader.read(s).isEmpty(), s);
        }
    }

    @Test
    void labelKeysIgnoreNumberingWidthAndSpaces() {
        assertEquals("予以公开", Labels.key("三、（一）予以公开"));
        assertEquals("总计", Labels.key("(七) 总 计"));
        assertEquals("保护第三方合法权益", Labels.key("4．保护第三方\n合法 权益"));
        assertEquals("危及三安全一稳定", Labels.key("3.危及“三安全一稳定”"));
        assertTrue(Labels.hasNumbering("3.其他"));
        assertTrue(!Labels.hasNumbering("其他"));
    }
}
