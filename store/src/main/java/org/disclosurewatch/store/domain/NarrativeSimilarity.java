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
        return jaccard(normalise(a), normalise(b));
    }

    /** {@link #similarity} of two texts that are {@link #comparable}, else NaN (each text normalised once). */
    public double similarityIfComparable(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        int least = Math.max(minimumLength, shingleSize);
        return x.length() < least || y.length() < least ? Double.NaN : jaccard(x, y);
    }

    private double jaccard(String x, String y) {
        if (shingleSize > 4) {
            return jaccard(shingles(x), shingles(y));
        }
        // up to four UTF-16 units fit one long: compare sorted codes instead of sets of strings
        long[] a = codes(x);
        long[] b = codes(y);
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The distinct shingles of {@code text} as codes, sorted. */
    private long[] codes(String text) {
        int n = text.length() - shingleSize + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long code = 0;
            for (int k = 0; k < shingleSize; k++) {
                code = (code << 16) | text.charAt(i + k);
            }
            out[i] = code;
        }
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    private static double jaccard(Set<String> x, Set<String> y) {
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
