package org.disclosurewatch.parser.meta;

import java.util.List;
import org.disclosurewatch.parser.form.Labels;

/** The statistics year from the statistics period ("统计期限自2024年1月1日起至2024年12月31日止"). */
public final class StatisticsYear {
    private static final int SCAN = 20;

    private StatisticsYear() {
    }

    public static Integer find(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            if (n++ > SCAN) {
                break;
            }
            String f = Labels.fold(p);
            int i = f.indexOf("12月31日");
            while (i >= 5) {
                String y = f.substring(i - 5, i);
                if (y.charAt(4) == '年' && y.chars().limit(4).allMatch(Character::isDigit)) {
                    return Integer.parseInt(y.substring(0, 4));
                }
                i = f.indexOf("12月31日", i + 1);
            }
        }
        return null;
    }
}
