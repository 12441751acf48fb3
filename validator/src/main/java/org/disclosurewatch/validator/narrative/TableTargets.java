package org.disclosurewatch.validator.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurewatch.contracts.form.CellPath;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/** Finds, in a form, the cells a topic of part 一 refers to; rows are found by their role, group and label. */
public final class TableTargets {
    private TableTargets() {
    }

    /** The cells for a set of topics stated as one count; empty when the form has no such cells. */
    public static Optional<TableTarget> of(FormDefinition form, List<Topic> topics) {
        if (topics.size() == 1) {
            return of(form, topics.get(0));
        }
        List<String> union = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Topic t : topics) {
            Optional<TableTarget> one = of(form, t);
            if (one.isEmpty() || one.get().alternatives().size() != 1) {
                return Optional.empty();
            }
            union.addAll(one.get().alternatives().get(0));
            names.add(one.get().name());
        }
        return Optional.of(TableTarget.of(String.join("与", names), union));
    }

    public static Optional<TableTarget> of(FormDefinition form, Topic topic) {
        if (topic.outcomeGroup() != null) {
            List<String> cells = totals(form.rows(Section.REQUESTS, RowRole.OUTCOME).stream()
                    .filter(r -> r.group().equals(topic.outcomeGroup())).toList(), Section.REQUESTS);
            return cells.isEmpty() ? Optional.empty()
                    : Optional.of(TableTarget.of("第三部分“" + label(topic) + "”总计", cells));
        }
        if (topic == Topic.RECEIVED || topic == Topic.CARRIED_OVER) {
            String group = topic == Topic.RECEIVED ? "一" : "二";
            return requestRow(form.rows(Section.REQUESTS, RowRole.INTAKE).stream()
                    .filter(r -> r.group().equals(group)).toList());
        }
        if (topic == Topic.PROCESSED) {
            return requestRow(form.rows(Section.REQUESTS, RowRole.OUTCOME_TOTAL));
        }
        if (topic == Topic.CARRIED_FORWARD) {
            return requestRow(form.rows(Section.REQUESTS, RowRole.CARRIED_FORWARD));
        }
        if (topic.family() == Topic.Family.APPEALS) {
            return appeals(form, topic);
        }
        if (topic.family() == Topic.Family.DOCUMENTS) {
            return documents(form, topic);
        }
        return Optional.empty();
    }

    private static Optional<TableTarget> requestRow(List<RowSpec> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        RowSpec row = rows.get(0);
        String name = row.role() == RowRole.OUTCOME_TOTAL ? "办理结果总计"
                : row.label().replace("政府信息公开申请数量", "").replace("继续办理", "");
        return Optional.of(TableTarget.of("第三部分“" + name + "”总计", totals(List.of(row), Section.REQUESTS)));
    }

    private static Optional<TableTarget> appeals(FormDefinition form, Topic topic) {
        List<RowSpec> groups = form.rows(Section.REVIEWS_AND_LITIGATION, RowRole.REVIEW_GROUP);
        if (topic == Topic.REVIEW) {
            List<RowSpec> rows = groups.stream().filter(r -> r.group().equals("行政复议")).toList();
            return rows.isEmpty() ? Optional.empty() : Optional.of(TableTarget.of("第四部分“行政复议”总计",
                    totals(rows, Section.REVIEWS_AND_LITIGATION)));
        }
        List<RowSpec> suits = groups.stream().filter(r -> r.group().equals("行政诉讼")).toList();
        if (suits.isEmpty()) {
            return Optional.empty();
        }
        if (topic == Topic.LITIGATION) {
            List<List<String>> alternatives = new ArrayList<>();
            alternatives.add(totals(suits, Section.REVIEWS_AND_LITIGATION));
            for (RowSpec s : suits) {
                alternatives.add(totals(List.of(s), Section.REVIEWS_AND_LITIGATION));
            }
            return Optional.of(new TableTarget("第四部分“行政诉讼”总计", alternatives));
        }
        String label = topic == Topic.LITIGATION_DIRECT ? "未经复议直接起诉" : "复议后起诉";
        List<RowSpec> rows = suits.stream().filter(r -> r.labels().contains(label)).toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(TableTarget.of("第四部分行政诉讼“" + label + "”总计",
                totals(rows, Section.REVIEWS_AND_LITIGATION)));
    }

    private static Optional<TableTarget> documents(FormDefinition form, Topic topic) {
        String object = topic.id().startsWith("regulations") ? "规章" : "规范性文件";
        String[] columnWords = topic.id().endsWith("issued") ? new String[] {"制发", "制作"}
                : topic.id().endsWith("repealed") ? new String[] {"废止"} : new String[] {"现行有效"};
        for (RowSpec row : form.rows(Section.ACTIVE_DISCLOSURE)) {
            if (!row.label().endsWith(object)) {
                continue;
            }
            for (ColumnSpec c : row.columns()) {
                for (String word : columnWords) {
                    if (c.labels().get(0).contains(word)) {
                        String path = CellPath.of(Section.ACTIVE_DISCLOSURE, row.key(), c.key()).toString();
                        return Optional.of(TableTarget.of("第二部分“" + row.label() + "”“" + c.labels().get(0) + "”",
                                List.of(path)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> totals(List<RowSpec> rows, Section section) {
        List<String> cells = new ArrayList<>();
        for (RowSpec r : rows) {
            cells.add(CellPath.of(section, r.key(), Forms.TOTAL).toString());
        }
        return cells;
    }

    private static String label(Topic topic) {
        return org.disclosurewatch.validator.rules.Labels.outcomeClass(topic.outcomeGroup());
    }
}
