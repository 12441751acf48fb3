package org.disclosurewatch.parser;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The moment a parse must give up; extractors check it in their loops. A document read by OCR gets a longer
 * budget ({@link #extend}): the deadline then moves, and whoever watches the parse from outside (the worker
 * supervisor) is told through the listener.
 */
public final class Deadline {
    private final long startNanos;
    private final Consumer<Duration> onExtend;
    private volatile long endNanos;
    private volatile Duration budget;
    private volatile boolean ocr;

    public Deadline(Duration budget) {
        this(budget, b -> { });
    }

    /** @param onExtend told the new budget (counted from the start) when {@link #extend} moves the deadline */
    public Deadline(Duration budget, Consumer<Duration> onExtend) {
        this.budget = budget;
        this.onExtend = onExtend;
        this.startNanos = System.nanoTime();
        this.endNanos = startNanos + budget.toNanos();
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

    /**
     * The parse reads its document by OCR from now on: it gets {@code total} from its start (never less than it
     * had), and the listener is told.
     */
    public void extend(Duration total) {
        ocr = true;
        if (total.compareTo(budget) > 0) {
            budget = total;
            endNanos = startNanos + total.toNanos();
        }
        onExtend.accept(budget);
    }

    /** The time left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Throws when the time is up. */
    public void check() throws DocumentParseException {
        if (System.nanoTime() - endNanos > 0) {
            throw new DocumentParseException(exceeded(budget) + (ocr
                    ? " while reading the scan by OCR: too many or too large pages"
                    : ": the document is too large or too complex"));
        }
    }
}
