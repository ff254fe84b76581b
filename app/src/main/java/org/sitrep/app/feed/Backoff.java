package org.sitrep.app.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failing feed is tried again: half an interval after the first failure (so the next pass tries
 * it, even when cron starts passes a little early), then twice as long after each further one, at most
 * a day; never before a Retry-After.
 */
public final class Backoff {
    public static final Duration MAX = Duration.ofDays(1);

    private Backoff() {
    }

    /**
     * @param failures   consecutive failures, this one included (at least 1)
     * @param interval   the time between passes
     * @param retryAfter what the server asked for, or null
     */
    public static Instant next(Instant now, int failures, Duration interval, Duration retryAfter) {
        Duration wait = interval.dividedBy(2);
        for (int i = 1; i < failures && wait.compareTo(MAX) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(MAX) > 0) {
            wait = MAX;
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return now.plus(wait);
    }
}
