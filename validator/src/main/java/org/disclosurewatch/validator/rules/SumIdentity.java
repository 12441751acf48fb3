package org.disclosurewatch.validator.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An identity "sum of the left terms = sum of the right terms" between cells of a table, and how blank
 * cells are handled when evaluating it.
 *
 * <p>A blank cell is not a zero: it is an unknown non-negative count. So:
 * <ul>
 *   <li>no blank on either side: the identity holds or fails as printed;</li>
 *   <li>blanks on one side only: the identity certainly fails when the known cells of that side already
 *       add up to more than the other side (a blank can only add to it); otherwise it cannot be decided and
 *       nothing is reported;</li>
 *   <li>blanks on both sides, or a negative value next to a blank: it cannot be decided.</li>
 * </ul>
 * A blank therefore never hides an error that is certain, and never fakes one.
 */
public record SumIdentity(List<Term> left, List<Term> right) {

    /** The outcome of evaluating the identity. */
    public enum Verdict { HOLDS, FAILS, UNDECIDABLE }

    public SumIdentity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public Verdict verdict() {
        boolean leftBlank = hasBlank(left);
        boolean rightBlank = hasBlank(right);
        BigDecimal l = known(left);
        BigDecimal r = known(right);
        if (!leftBlank && !rightBlank) {
            return l.compareTo(r) == 0 ? Verdict.HOLDS : Verdict.FAILS;
        }
        if ((leftBlank && rightBlank) || hasNegative(left) || hasNegative(right)) {
            return Verdict.UNDECIDABLE;
        }
        BigDecimal blankSide = leftBlank ? l : r;
        BigDecimal fullSide = leftBlank ? r : l;
        return blankSide.compareTo(fullSide) > 0 ? Verdict.FAILS : Verdict.UNDECIDABLE;
    }

    /** Sum of the known cells of the left side. */
    public BigDecimal leftKnown() {
        return known(left);
    }

    public BigDecimal rightKnown() {
        return known(right);
    }

    /** "52", or "≥ 9" when the side has a blank cell. */
    public String leftShown() {
        return sideShown(left);
    }

    public String rightShown() {
        return sideShown(right);
    }

    /** Every cell path involved, left then right. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        left.forEach(t -> out.add(t.path()));
        right.forEach(t -> out.add(t.path()));
        return out;
    }

    /** "本年新收(52) + 上年结转(0) ≠ 办理结果总计(50) + 结转下年度(1)". */
    public String inequation() {
        return terms(left) + " ≠ " + terms(right) + blankNote();
    }

    /** Said after an inequation that involves blank cells; empty otherwise. */
    public String blankNote() {
        return hasBlank(left) || hasBlank(right) ? "（空白单元格未计入，已填数字之和已超过另一侧）" : "";
    }

    private static String terms(List<Term> terms) {
        return terms.stream().map(Term::shown).collect(Collectors.joining(" + "));
    }

    private static String sideShown(List<Term> terms) {
        String sum = Numbers.plain(known(terms));
        return hasBlank(terms) ? "≥ " + sum : sum;
    }

    private static boolean hasBlank(List<Term> terms) {
        return terms.stream().anyMatch(Term::blank);
    }

    private static boolean hasNegative(List<Term> terms) {
        return terms.stream().anyMatch(t -> t.value() != null && t.value().signum() < 0);
    }

    private static BigDecimal known(List<Term> terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            if (t.value() != null) {
                sum = sum.add(t.value());
            }
        }
        return sum;
    }
}
