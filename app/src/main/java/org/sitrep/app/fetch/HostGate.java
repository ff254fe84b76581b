package org.sitrep.app.fetch;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * One host's limits: at most {@code perHost} requests at once, request starts at least a delay apart,
 * and none before the time a Retry-After asked for. Every request to the host passes here, redirect
 * hops included; a request waits for its turn rather than being refused, unless the host asked for a
 * longer wait than the fetch's patience.
 */
final class HostGate {
    private final String host;
    private final Semaphore slots;
    private final Duration patience;
    private long delayNanos;
    /** System.nanoTime() before which no request may start. */
    private long nextStart;
    private long pausedUntil;
    private boolean paused;

    HostGate(String host, int perHost, Duration delay, Duration patience) {
        this.host = host;
        this.slots = new Semaphore(perHost, true);
        this.delayNanos = delay.toNanos();
        this.patience = patience;
        this.nextStart = System.nanoTime();
        this.pausedUntil = nextStart;
    }

    /** A request's turn at the host. */
    interface Turn extends AutoCloseable {
        /** The response is read: the next request may go. */
        @Override
        void close();
    }

    /** A turn at the host; close it when the response is read. */
    Turn enter() throws FetchProblem, InterruptedException {
        slots.acquire();
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            if (paused && pausedUntil - start > 0) {
                if (pausedUntil - now > patience.toNanos()) {
                    slots.release();
                    throw FetchProblem.unasked(host + " asked to wait " + seconds(pausedUntil - now)
                            + " more (Retry-After); trying at a later pass", true, Duration.ofNanos(pausedUntil - now));
                }
                start = pausedUntil;
            }
            nextStart = start + delayNanos;
            wait = start - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                slots.release();
                throw e;
            }
        }
        return slots::release;
    }

    /** The host asked us to wait (429, 503 with Retry-After). */
    synchronized void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (!paused || until - pausedUntil > 0) {
            pausedUntil = until;
        }
        paused = true;
    }

    /** robots.txt's Crawl-delay, when longer than the delay set (and at most {@link Politeness#MAX_CRAWL_DELAY}). */
    synchronized void atLeast(Duration crawlDelay) {
        long d = Math.min(crawlDelay.toNanos(), Politeness.MAX_CRAWL_DELAY.toNanos());
        if (d > delayNanos) {
            nextStart += d - delayNanos;
            delayNanos = d;
        }
    }

    synchronized Duration delay() {
        return Duration.ofNanos(delayNanos);
    }

    private static String seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L) + " s";
    }
}
