package org.disclosurewatch.testkit.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.disclosurewatch.contracts.form.Cells;
import org.disclosurewatch.contracts.form.ColumnSpec;
import org.disclosurewatch.contracts.form.FormDefinition;
import org.disclosurewatch.contracts.form.Forms;
import org.disclosurewatch.contracts.form.RowRole;
import org.disclosurewatch.contracts.form.RowSpec;
import org.disclosurewatch.contracts.form.Section;

/**
 * Fills the three tables of a form with numbers a correct filing could carry: every identity of the form
 * holds (part 三 rows and columns, part 四 groups), counts are non-negative, 本年增/减 may be negative and
 * money is in yuan with at most two decimals.
 */
final class TableFiller {
    private final Random random;

    TableFiller(Random random) {
        this.random = random;
    }

    Cells activeDisclosure(FormDefinition form) {
        Cells cells = new Cells();
        for (RowSpec row : form.rows(Section.ACTIVE_DISCLOSURE)) {
            boolean regulations = row.key().equals("regulations");
            for (ColumnSpec col : row.columns()) {
                BigDecimal value = switch (col.kind()) {
                    case MONEY_YUAN -> money();
                    case SIGNED_COUNT -> null; // filled below, after the count it changes
                    case COUNT -> BigDecimal.valueOf(regulations ? smallOrZero(4) : count(row.key(), col.key()));
                };
                cells.put(row.key(), col.key(), value);
            }
            if (row.column("items_change") != null) {
                long last = cells.get(row.key(), "items_last_year").longValue();
                long change = random.nextInt(4) == 0 ? -(long) (random.nextDouble() * (last + 1)) : smallOrZero(300);
                cells.put(row.key(), "items_change", BigDecimal.valueOf(change));
            }
        }
        return cells;
    }

    private long count(String row, String column) {
        return switch (column) {
            case "decisions" -> magnitude(6);
            case "in_force", "total_published" -> magnitude(3);
            case "issued", "repealed", "newly_made", "newly_published" -> smallOrZero(60);
            case "items_last_year" -> magnitude(3);
            case "projects" -> smallOrZero(120);
            default -> smallOrZero(50);
        };
    }

    /** A count whose number of digits is itself random, up to {@code maxDigits}; zero a quarter of the time. */
    private long magnitude(int maxDigits) {
        if (random.nextInt(4) == 0) {
            return 0;
        }
        int digits = 1 + random.nextInt(maxDigits);
        long bound = (long) Math.pow(10, digits);
        return random.nextLong(bound);
    }

    private long smallOrZero(int bound) {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(bound);
    }

    /** Yuan with at most two decimals (so exactly representable in 万元 with at most six). */
    private BigDecimal money() {
        int style = random.nextInt(5);
        if (style == 0) {
            return BigDecimal.ZERO;
        }
        long cents = random.nextLong((long) Math.pow(10, 3 + random.nextInt(8)));
        BigDecimal yuan = BigDecimal.valueOf(cents, 2);
        return switch (style) {
            case 1 -> yuan.setScale(0, java.math.RoundingMode.DOWN);                  // whole yuan
            case 2 -> BigDecimal.valueOf(cents / 100 * 100);                            // whole hundreds
            default -> yuan;
        };
    }

    /** Part 三: intake per applicant column, spread over the outcome rows and 结转下年度; 总计 column summed. */
    Cells requests(FormDefinition form) {
        Cells cells = new Cells();
        List<RowSpec> rows = form.rows(Section.REQUESTS);
        List<ColumnSpec> applicants = form.applicantColumns();
        List<RowSpec> outcomes = form.rows(Section.REQUESTS, RowRole.OUTCOME);
        double[] weights = outcomeWeights(outcomes);
        int scale = random.nextInt(10);
        for (ColumnSpec col : applicants) {
            boolean person = col.key().equals("natural_person");
            long received = intake(scale, person);
            long carried = random.nextInt(3) == 0 ? random.nextInt(person ? 6 : 2) : 0;
            long pool = received + carried;
            long forward = pool == 0 || random.nextInt(3) > 0 ? 0 : random.nextLong(Math.min(pool, 8) + 1);
            long processed = pool - forward;
            long[] spread = spread(processed, weights);
            cells.put("new_received", col.key(), BigDecimal.valueOf(received));
            cells.put("carried_over", col.key(), BigDecimal.valueOf(carried));
            for (int i = 0; i < outcomes.size(); i++) {
                cells.put(outcomes.get(i).key(), col.key(), BigDecimal.valueOf(spread[i]));
            }
            cells.put("total_processed", col.key(), BigDecimal.valueOf(processed));
            cells.put("carried_forward", col.key(), BigDecimal.valueOf(forward));
        }
        Cells ordered = new Cells();
        for (RowSpec row : rows) {
            BigDecimal total = BigDecimal.ZERO;
            for (ColumnSpec col : applicants) {
                BigDecimal v = cells.get(row.key(), col.key());
                ordered.put(row.key(), col.key(), v);
                total = total.add(v);
            }
            ordered.put(row.key(), Forms.TOTAL, total);
        }
        return ordered;
    }

    private long intake(int scale, boolean person) {
        if (scale == 0) {
            return 0;                                    // many bodies receive no request at all
        }
        if (!person) {
            return random.nextInt(4) == 0 ? random.nextInt(scale * 3 + 1) : 0;
        }
        return switch (scale) {
            case 1, 2, 3 -> random.nextInt(10);
            case 4, 5, 6 -> random.nextInt(100);
            case 7, 8 -> random.nextInt(1000);
            default -> random.nextInt(20000);
        };
    }

    private double[] outcomeWeights(List<RowSpec> outcomes) {
        double[] w = new double[outcomes.size()];
        for (int i = 0; i < w.length; i++) {
            String key = outcomes.get(i).key();
            boolean common = key.equals("granted") || key.equals("partially_granted")
                    || key.equals("unavailable_not_held") || key.startsWith("other");
            w[i] = random.nextInt(common ? 2 : 4) == 0 ? 0 : random.nextDouble() * (common ? 10 : 1);
        }
        w[0] += 0.5;                                      // 予以公开 always possible
        return w;
    }

    /** Distributes {@code total} over the weights, exactly. */
    private long[] spread(long total, double[] weights) {
        long[] out = new long[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            out[i] = (long) Math.floor(total * weights[i] / sum);
            left -= out[i];
        }
        while (left > 0) {
            int i = random.nextInt(weights.length);
            if (weights[i] > 0) {
                out[i]++;
                left--;
            }
        }
        return out;
    }

    /** Part 四: each group's outcomes summed into its 总计. */
    Cells reviews(FormDefinition form) {
        Cells cells = new Cells();
        boolean busy = random.nextInt(3) == 0;
        for (RowSpec row : form.rows(Section.REVIEWS_AND_LITIGATION)) {
            long total = 0;
            for (ColumnSpec col : row.columns()) {
                if (col.key().equals(Forms.TOTAL)) {
                    cells.put(row.key(), col.key(), BigDecimal.valueOf(total));
                } else {
                    long v = busy && random.nextBoolean() ? random.nextInt(col.key().equals("upheld") ? 40 : 6) : 0;
                    total += v;
                    cells.put(row.key(), col.key(), BigDecimal.valueOf(v));
                }
            }
        }
        return cells;
    }
}
