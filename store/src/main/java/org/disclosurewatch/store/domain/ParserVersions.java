package org.disclosurewatch.store.domain;

import java.util.Comparator;

/**
 * Orders parser versions as {@code ./dw reparse --parser-older-than V} means them: dotted numbers compared
 * number by number ({@code 0.10.0} after {@code 0.9.2}); a pre-release suffix ({@code -SNAPSHOT}, {@code -rc1})
 * comes before the release it names; a version not recorded (stored before versions were recorded) or
 * {@code unknown} is older than every version.
 */
public final class ParserVersions {
    public static final Comparator<String> ORDER = ParserVersions::compare;

    private ParserVersions() {
    }

    /** Whether {@code version} (null: not recorded) is older than {@code bound}. */
    public static boolean olderThan(String version, String bound) {
        return compare(version, bound) < 0;
    }

    public static int compare(String a, String b) {
        boolean na = unknown(a);
        boolean nb = unknown(b);
        if (na || nb) {
            return na && nb ? 0 : na ? -1 : 1;
        }
        String[] ra = split(a.trim());
        String[] rb = split(b.trim());
        String[] pa = ra[0].split("\\.");
        String[] pb = rb[0].split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int c = comparePart(i < pa.length ? pa[i] : "0", i < pb.length ? pb[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        if (ra[1] == null || rb[1] == null) {
            return ra[1] == null ? (rb[1] == null ? 0 : 1) : -1;
        }
        return ra[1].compareTo(rb[1]);
    }

    private static boolean unknown(String v) {
        return v == null || v.isBlank() || v.trim().equals("unknown");
    }

    /** The release part and the pre-release suffix (null when none). */
    private static String[] split(String v) {
        int dash = v.indexOf('-');
        return dash < 0 ? new String[] {v, null} : new String[] {v.substring(0, dash), v.substring(dash + 1)};
    }

    private static int comparePart(String x, String y) {
        boolean dx = x.chars().allMatch(Character::isDigit) && !x.isEmpty();
        boolean dy = y.chars().allMatch(Character::isDigit) && !y.isEmpty();
        if (dx && dy) {
            return new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
        }
        return x.compareTo(y);
    }
}
