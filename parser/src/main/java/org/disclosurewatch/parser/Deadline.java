package org.disclosurewatch.parser;

import java.time.Duration;

/** The moment a parse must give up; extractors check it in their loops. */
public final class Deadline {
    private final long endNanos;
    private final Duration budget;

    public Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    /** A deadline that never passes in practice, for tests of single parts. */
    public static Deadline none() {
        return new Deadline(Duration.ofDays(1));
    }

    /** The reason given when a parse runs out of time, the same in-process and from the worker supervisor. */
    public static String exceeded(Duration budget) {
        long ms = budget.toMillis();
        return "parse exceeded " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms");
    }

    /** Throws when the time is up. */
    public void check() throws DocumentParseException {
        if (System.nanoTime() - endNanos > 0) {
            throw new DocumentParseException(exceeded(budget) + ": the document is too large or too complex");
        }
    }
}
