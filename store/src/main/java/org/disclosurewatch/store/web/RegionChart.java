package org.disclosurewatch.store.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurewatch.contracts.form.OutcomeClass;
import org.disclosurewatch.store.domain.RequestAggregates.YearTotals;

/**
 * Draws applications and outcomes over the years as an inline SVG bar chart: per year, one bar for the
 * applications received and one stacked bar of the outcome classes. No script, no external resources.
 */
public final class RegionChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 30;
    /** Colours of the outcome classes, by {@link OutcomeClass#key()}. */
    private static final Map<String, String> COLOURS = Map.of(
            OutcomeClass.GRANTED.key(), "#2e7d32", OutcomeClass.PARTIALLY_GRANTED.key(), "#81c784",
            OutcomeClass.DENIED.key(), "#c62828", OutcomeClass.UNAVAILABLE.key(), "#ef6c00",
            OutcomeClass.NOT_PROCESSED.key(), "#6d4c41", OutcomeClass.OTHER.key(), "#9e9e9e");

    private RegionChart() {
    }

    public static String svg(String title, List<YearTotals> years) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\">");
        sb.append("<title>").append(escape(title)).append("</title>");
        double max = 1;
        for (YearTotals y : years) {
            max = Math.max(max, y.applications().doubleValue());
            max = Math.max(max, y.outcomes().values().stream().mapToDouble(BigDecimal::doubleValue).sum());
        }
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - 160;
        sb.append(line(LEFT, TOP, LEFT, TOP + plotHeight)).append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
        sb.append(text(LEFT - 6, TOP + 4, "end", fmt(max))).append(text(LEFT - 6, TOP + plotHeight, "end", "0"));
        if (years.isEmpty()) {
            sb.append(text(LEFT + plotWidth / 2, TOP + plotHeight / 2, "middle", "暂无数据"));
        }
        int slot = years.isEmpty() ? plotWidth : plotWidth / years.size();
        int bar = Math.max(6, Math.min(40, slot / 3));
        for (int i = 0; i < years.size(); i++) {
            YearTotals y = years.get(i);
            int x = LEFT + i * slot + slot / 2 - bar;
            double h = y.applications().doubleValue() / max * plotHeight;
            sb.append(rect(x, TOP + plotHeight - h, bar, h, "#1565c0", "applications " + y.year() + ": " + fmt(y.applications().doubleValue()), "applications"));
            double base = TOP + plotHeight;
            for (var o : y.outcomes().entrySet()) {
                double oh = o.getValue().doubleValue() / max * plotHeight;
                if (oh <= 0) {
                    continue;
                }
                base -= oh;
                sb.append(rect(x + bar + 2, base, bar, oh, COLOURS.getOrDefault(o.getKey(), "#555"),
                        o.getKey() + " " + y.year() + ": " + fmt(o.getValue().doubleValue()), "outcome " + o.getKey()));
            }
            sb.append(text(x + bar, TOP + plotHeight + 16, "middle", String.valueOf(y.year())));
        }
        int ly = TOP;
        int lx = LEFT + plotWidth + 20;
        sb.append(legend(lx, ly, "#1565c0", "申请数 applications"));
        for (OutcomeClass c : OutcomeClass.values()) {
            ly += 18;
            sb.append(legend(lx, ly, COLOURS.get(c.key()), c.label()));
        }
        return sb.append("</svg>").toString();
    }

    private static String legend(int x, int y, String colour, String label) {
        return "<rect x=\"" + x + "\" y=\"" + (y - 10) + "\" width=\"12\" height=\"12\" fill=\"" + colour + "\"/>"
                + text(x + 18, y, "start", label);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>", x1, y1, x2, y2);
    }

    private static String rect(double x, double y, double w, double h, String fill, String tip, String cls) {
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                escape(cls), x, y, w, h, fill, escape(tip));
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(s));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
