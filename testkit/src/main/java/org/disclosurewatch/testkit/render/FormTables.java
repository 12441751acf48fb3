package org.disclosurewatch.testkit.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.CellKind;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.ReportFormat;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Lays out the three tables of a report as the printed form does, with its merged cells: group rows
 * spanning the part 二 table, the two-row applicant header and the 三、本年度办理结果 / （三）… labels spanning
 * rows in part 三, the 行政复议 / 行政诉讼 header of part 四. Every renderer draws these grids.
 */
public final class FormTables {
    private static final Map<String, String> GROUP_TITLES = Map.of(
            OutcomeClass.DENIED.group(), OutcomeClass.DENIED.label(),
            OutcomeClass.UNAVAILABLE.group(), OutcomeClass.UNAVAILABLE.label(),
            OutcomeClass.NOT_PROCESSED.group(), OutcomeClass.NOT_PROCESSED.label(),
            OutcomeClass.OTHER.group(), OutcomeClass.OTHER.label());

    private final AnnualReport report;
    private final RenderOptions options;

    public FormTables(AnnualReport report, RenderOptions options) {
        this.report = report;
        this.options = options;
    }

    /** The part 二, 三 and 四 tables, in that order. */
    public List<TableGrid> all() {
        return List.of(activeDisclosure(), requests(), reviews());
    }

    /** Part 二: a 4-column grid, one block per 第二十条 item. */
    public TableGrid activeDisclosure() {
        FormDefinition form = report.form();
        TableGrid grid = new TableGrid(0, 0.34, 0.22, 0.22, 0.22);
        Map<String, List<RowSpec>> groups = new LinkedHashMap<>();
        for (RowSpec row : form.rows(Section.ACTIVE_DISCLOSURE)) {
            groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<RowSpec>> group : groups.entrySet()) {
            int r = grid.newRow();
            grid.add(new GridCell(r, 0, 1, 4, List.of(label(group.getKey())), GridCell.Role.HEADER));
            List<ColumnSpec> cols = group.getValue().get(0).columns();
            r = grid.newRow();
            grid.add(new GridCell(r, 0, 1, 1, List.of("信息内容"), GridCell.Role.HEADER));
            for (int i = 0; i < cols.size(); i++) {
                grid.add(new GridCell(r, 1 + i, 1, span(i, cols.size()), header(columnLabel(cols.get(i))),
                        GridCell.Role.HEADER));
            }
            for (RowSpec row : group.getValue()) {
                r = grid.newRow();
                grid.add(new GridCell(r, 0, 1, 1, List.of(label(row.label())), GridCell.Role.LABEL));
                for (int i = 0; i < cols.size(); i++) {
                    grid.add(new GridCell(r, 1 + i, 1, span(i, cols.size()),
                            List.of(value(Section.ACTIVE_DISCLOSURE, row.key(), cols.get(i))), GridCell.Role.VALUE));
                }
            }
        }
        return grid;
    }

    private static int span(int index, int count) {
        return index == count - 1 ? 4 - count : 1;
    }

    private String columnLabel(ColumnSpec col) {
        if (col.kind() != CellKind.MONEY_YUAN) {
            return col.labels().get(0);
        }
        boolean unitInHeader = options.moneyStyle() == MoneyStyle.WAN_IN_HEADER && report.format() == ReportFormat.F2021;
        return unitInHeader ? col.labels().get(0) : col.labels().get(col.labels().size() - 1);
    }

    /** Part 三: a 10-column grid (three label columns, seven applicant columns). */
    public TableGrid requests() {
        FormDefinition form = report.form();
        TableGrid grid = new TableGrid(3, 0.06, 0.09, 0.27, 0.085, 0.085, 0.085, 0.085, 0.085, 0.085, 0.09);
        int r = grid.newRow();
        grid.add(new GridCell(r, 0, 3, 3, List.of(label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")),
                GridCell.Role.HEADER));
        grid.add(new GridCell(r, 3, 1, 7, List.of("申请人情况"), GridCell.Role.HEADER));
        r = grid.newRow();
        grid.add(new GridCell(r, 3, 2, 1, List.of("自然人"), GridCell.Role.HEADER));
        grid.add(new GridCell(r, 4, 1, 5, List.of("法人或其他组织"), GridCell.Role.HEADER));
        grid.add(new GridCell(r, 9, 2, 1, List.of("总计"), GridCell.Role.HEADER));
        r = grid.newRow();
        List<ColumnSpec> applicants = form.applicantColumns();
        for (int i = 1; i < applicants.size(); i++) {
            grid.add(new GridCell(r, 3 + i, 1, 1, header(applicants.get(i).labels().get(0)), GridCell.Role.HEADER));
        }
        List<RowSpec> rows = form.rows(Section.REQUESTS);
        int outcomeRows = (int) rows.stream()
                .filter(x -> x.role() == RowRole.OUTCOME || x.role() == RowRole.OUTCOME_TOTAL).count();
        boolean outcomeLabelPlaced = false;
        String openGroup = null;
        for (RowSpec row : rows) {
            r = grid.newRow();
            boolean outcome = row.role() == RowRole.OUTCOME || row.role() == RowRole.OUTCOME_TOTAL;
            if (!outcome) {
                grid.add(new GridCell(r, 0, 1, 3, List.of(label(row.group() + "、" + row.label())), GridCell.Role.LABEL));
            } else {
                if (!outcomeLabelPlaced) {
                    grid.add(new GridCell(r, 0, outcomeRows, 1, List.of("三、本年度办理结果"), GridCell.Role.LABEL));
                    outcomeLabelPlaced = true;
                }
                String number = row.group().substring(1);                       // "（三）"
                long inGroup = rows.stream().filter(x -> x.group().equals(row.group())).count();
                if (inGroup == 1) {
                    grid.add(new GridCell(r, 1, 1, 2, List.of(label(number + row.label())), GridCell.Role.LABEL));
                } else {
                    if (!row.group().equals(openGroup)) {
                        grid.add(new GridCell(r, 1, (int) inGroup, 1,
                                List.of(label(number + GROUP_TITLES.get(row.group()))), GridCell.Role.LABEL));
                        openGroup = row.group();
                    }
                    int index = indexInGroup(rows, row);
                    grid.add(new GridCell(r, 2, 1, 1, List.of(label(index + "." + row.label())), GridCell.Role.LABEL));
                }
            }
            List<ColumnSpec> cols = row.columns();
            for (int i = 0; i < cols.size(); i++) {
                grid.add(new GridCell(r, 3 + i, 1, 1, List.of(value(Section.REQUESTS, row.key(), cols.get(i))),
                        GridCell.Role.VALUE));
            }
        }
        return grid;
    }

    private static int indexInGroup(List<RowSpec> rows, RowSpec row) {
        int i = 0;
        for (RowSpec x : rows) {
            if (x.group().equals(row.group())) {
                i++;
                if (x == row) {
                    return i;
                }
            }
        }
        throw new IllegalStateException(row.key());
    }

    /** Part 四: a 15-column grid with a three-row header. */
    public TableGrid reviews() {
        double[] widths = new double[15];
        java.util.Arrays.fill(widths, 1.0 / 15);
        TableGrid grid = new TableGrid(3, widths);
        List<ColumnSpec> cols = Forms.REVIEW_COLUMNS;
        int r = grid.newRow();
        grid.add(new GridCell(r, 0, 1, 5, List.of("行政复议"), GridCell.Role.HEADER));
        grid.add(new GridCell(r, 5, 1, 10, List.of("行政诉讼"), GridCell.Role.HEADER));
        r = grid.newRow();
        for (int i = 0; i < cols.size(); i++) {
            grid.add(new GridCell(r, i, 2, 1, header(cols.get(i).labels().get(0)), GridCell.Role.HEADER));
        }
        grid.add(new GridCell(r, 5, 1, 5, List.of("未经复议直接起诉"), GridCell.Role.HEADER));
        grid.add(new GridCell(r, 10, 1, 5, List.of("复议后起诉"), GridCell.Role.HEADER));
        r = grid.newRow();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < cols.size(); i++) {
                grid.add(new GridCell(r, 5 + g * 5 + i, 1, 1, header(cols.get(i).labels().get(0)), GridCell.Role.HEADER));
            }
        }
        r = grid.newRow();
        int c = 0;
        for (RowSpec row : report.form().rows(Section.REVIEWS_AND_LITIGATION)) {
            for (ColumnSpec col : row.columns()) {
                grid.add(new GridCell(r, c++, 1, 1, List.of(value(Section.REVIEWS_AND_LITIGATION, row.key(), col)),
                        GridCell.Role.VALUE));
            }
        }
        return grid;
    }

    /** A label with the parentheses the options ask for. */
    public String label(String text) {
        return options.halfWidthParens() ? text.replace('（', '(').replace('）', ')') : text;
    }

    /** A column header, broken in two when the options ask and the word is long enough. */
    private List<String> header(String text) {
        String t = label(text);
        if (options.headerSplit() == HeaderSplit.NONE || t.length() < 4 || t.contains("（") || t.contains("(")) {
            return List.of(t);
        }
        int cut = t.length() / 2;
        return List.of(t.substring(0, cut), t.substring(cut));
    }

    private String value(Section section, String row, ColumnSpec col) {
        BigDecimal v = report.cells(section).get(row, col.key());
        return format(v, col.kind());
    }

    /** The printed text of a cell value under the options' money style; blanks print the blank mark. */
    public String format(BigDecimal v, CellKind kind) {
        if (v == null) {
            return options.blankMark();
        }
        if (kind != CellKind.MONEY_YUAN) {
            return v.toBigInteger().toString();
        }
        MoneyStyle style = options.moneyStyle();
        if (style == MoneyStyle.WAN_IN_HEADER && report.format() != ReportFormat.F2021) {
            style = MoneyStyle.WAN_IN_CELL;                 // the 2019 form's 采购总金额 header has no unit
        }
        return switch (style) {
            case WAN_IN_HEADER -> plain(v.movePointLeft(4));
            case WAN_IN_CELL -> plain(v.movePointLeft(4)) + "万元";
            case YUAN_IN_CELL -> plain(v) + "元";
        };
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
