package org.disclosurewatch.parser.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the digits of a row whose cells ran together ("52100053") into the row's cells, and only where the
 * split is certain: every way of cutting the digits into exactly as many numbers as the row has cells, with
 * no number written with a leading zero and every identity of the row holding, is tried; the split is taken
 * only when exactly one remains. The digits may come as several runs (where the text kept a space) that are
 * never joined; a blank mark stands for one blank cell; a decimal ("0423.62", a count run into an amount) is
 * only cut within its integer part.
 */
final class DigitSplitter {
    /** Longest number one cell of the form holds. */
    private static final int MAX_DIGITS = 8;
    /** Most candidates kept to list in diagnostics. */
    static final int LISTED = 5;
    /** Work limit: beyond this many steps the split counts as not unique. */
    private static final long MAX_STEPS = 2_000_000;

    private DigitSplitter() {
    }

    /**
     * An identity of the row: the cells {@code from} … {@code to - 1} add up to the cell {@code to}.
     */
    record Identity(int from, int to) {
    }

    /**
     * The splits found.
     *
     * @param candidates up to {@link #LISTED}+1 splits (cell values, null for a blank mark)
     * @param complete   false when the search stopped at its work limit (more splits may exist)
     */
    record Splits(List<BigDecimal[]> candidates, boolean complete) {
        boolean unique() {
            return complete && candidates.size() == 1;
        }
    }

    /**
     * @param tokens digit runs as printed (a decimal stays whole), or null for a blank mark
     */
    static Splits split(List<String> tokens, int cells, List<Identity> identities) {
        Search s = new Search(tokens, cells, identities);
        s.run(0, 0, 0);
        return new Splits(s.found, s.steps <= MAX_STEPS);
    }

    private static final class Search {
        final List<String> tokens;
        final int cells;
        final List<Identity> identities;
        final BigDecimal[] current;
        final List<BigDecimal[]> found = new ArrayList<>();
        final int[] digitsLeft;
        long steps;

        Search(List<String> tokens, int cells, List<Identity> identities) {
            this.tokens = tokens;
            this.cells = cells;
            this.identities = identities;
            this.current = new BigDecimal[cells];
            this.digitsLeft = new int[tokens.size() + 1];
            for (int i = tokens.size() - 1; i >= 0; i--) {
                String t = tokens.get(i);
                digitsLeft[i] = digitsLeft[i + 1] + (t == null ? 1 : t.length());
            }
        }

        /** Fills cell {@code cell} onwards from token {@code token} starting at character {@code at}. */
        void run(int token, int at, int cell) {
            if (++steps > MAX_STEPS || found.size() > LISTED) {
                return;
            }
            if (token == tokens.size()) {
                if (cell == cells && holds()) {
                    found.add(Arrays.copyOf(current, cells));
                }
                return;
            }
            if (cell == cells) {
                return;
            }
            int remainingCells = cells - cell;
            int remainingDigits = digitsLeft[token] - at;
            int tokensLeft = tokens.size() - token;
            if (remainingDigits < remainingCells || tokensLeft > remainingCells) {
                return; // every cell needs a digit; every run needs a cell
            }
            String t = tokens.get(token);
            if (t == null) {
                current[cell] = null;
                if (identitiesUpTo(cell)) {
                    run(token + 1, 0, cell + 1);
                }
                return;
            }
            int rest = t.length() - at;
            int dot = t.indexOf('.', at);
            int whole = dot < 0 ? rest : dot - at;
            boolean lastCell = remainingCells == 1;
            for (int len = 1; len <= rest; len++) {
                if (len > 1 && t.charAt(at) == '0' && dot != at + 1) {
                    break; // no leading zeros ("0.5" is a number, "05" is not)
                }
                if (Math.min(len, whole) > MAX_DIGITS) {
                    break;
                }
                if ((lastCell || dot >= 0 && len >= whole) && len < rest) {
                    continue; // a decimal is never cut after its integer part
                }
                current[cell] = new BigDecimal(t.substring(at, at + len));
                if (!identitiesUpTo(cell)) {
                    continue;
                }
                if (len == rest) {
                    run(token + 1, 0, cell + 1);
                } else {
                    run(token, at + len, cell + 1);
                }
            }
        }

        /** The identities whose sum cell is {@code cell} hold (checked as soon as their cells are filled). */
        boolean identitiesUpTo(int cell) {
            for (Identity id : identities) {
                if (id.to() == cell && !holds(id)) {
                    return false;
                }
            }
            return true;
        }

        boolean holds() {
            for (Identity id : identities) {
                if (!holds(id)) {
                    return false;
                }
            }
            return true;
        }

        boolean holds(Identity id) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = id.from(); i < id.to(); i++) {
                if (current[i] == null) {
                    return true; // a blank part: the identity cannot be checked
                }
                sum = sum.add(current[i]);
            }
            return current[id.to()] == null || sum.compareTo(current[id.to()]) == 0;
        }
    }
}
