package org.disclosurewatch.testkit.portal;

import java.time.Duration;

/**
 * How the replica portal misbehaves for one path. Behaviours that count ({@link #tooManyRequests},
 * {@link #serverErrors}) apply to the first {@code times} requests of the path and then the path is served
 * normally.
 */
public sealed interface Behaviour {

    /** Answers 429 with {@code Retry-After: seconds} for the first {@code times} requests. */
    record TooManyRequests(int times, int retryAfterSeconds) implements Behaviour {
    }

    /** Answers 500 for the first {@code times} requests. */
    record ServerErrors(int times) implements Behaviour {
    }

    /** Waits before answering each request. */
    record Slow(Duration delay) implements Behaviour {
    }

    /** Answers 302 to {@code location} (absolute URL), e.g. a private address. */
    record RedirectTo(String location) implements Behaviour {
    }

    /** Answers {@code status} (404, 410 …) every time: a dead link. */
    record Gone(int status) implements Behaviour {
    }

    /** Serves the page without {@code ETag} / {@code Last-Modified} and ignores conditional headers. */
    record NoValidators() implements Behaviour {
    }

    static Behaviour tooManyRequests(int times, int retryAfterSeconds) {
        return new TooManyRequests(times, retryAfterSeconds);
    }

    static Behaviour serverErrors(int times) {
        return new ServerErrors(times);
    }

    static Behaviour slow(Duration delay) {
        return new Slow(delay);
    }

    static Behaviour redirectTo(String location) {
        return new RedirectTo(location);
    }

    static Behaviour gone(int status) {
        return new Gone(status);
    }

    static Behaviour noValidators() {
        return new NoValidators();
    }
}
