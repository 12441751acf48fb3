package org.disclosurewatch.store.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two narrative texts are: the Jaccard similarity of their character shingles.
 *
 * <p>Chinese text has no word boundaries, so shingles are runs of {@code shingleSize} characters. Before
 * shingling, whitespace and punctuation are dropped and every run of digits becomes {@code #}, so that a
 * text copied from last year with only the numbers and the year changed still counts as a copy. Texts
 * shorter than {@code minimumLength} characters (after normalising) are not compared.
 */
public final class NarrativeSimilarity {
    private final int shingleSize;
    private final int minimumLength;

    public NarrativeSimilarity(int shingleSize, int minimumLength) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1");
        }
        this.shingleSize = shingleSize;
        this.minimumLength = minimumLength;
    }

    /** Whether both texts are long enough to be compared. */
    public boolean comparable(String a, String b) {
        return normalise(a).length() >= Math.max(minimumLength, shingleSize)
                && normalise(b).length() >= Math.max(minimumLength, shingleSize);
    }

    /** Jaccard similarity in [0, 1]; 1 for identical texts after normalising. */
    public double similarity(String a, String b) {
        Set<String> x = shingles(normalise(a));
        Set<String> y = shingles(normalise(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / union.size();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean inDigits = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                if (!inDigits) {
                    sb.append('#');
                }
                inDigits = true;
                continue;
            }
            inDigits = false;
            if (Character.isLetter(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + shingleSize <= text.length(); i++) {
            out.add(text.substring(i, i + shingleSize));
        }
        return out;
    }
}
