package org.sitrep.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one name, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address (a team may share one, behind a proxy), within
 * {@link #WINDOW}, further attempts are refused until the oldest failure is that old.
 * bcrypt already makes each guess cost a tenth of a second; this caps how many a day an attacker gets.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or zero. */
    public Duration wait(String name, String address) {
        Duration a = waitFor("name:" + name, MAX_FAILURES);
        Duration b = waitFor("addr:" + address, MAX_FAILURES_PER_ADDRESS);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String name, String address) {
        record("name:" + name);
        record("addr:" + address);
    }

    public void succeeded(String name) {
        failures.remove("name:" + name);
    }

    private Duration waitFor(String key, int max) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return Duration.ZERO;
        }
        synchronized (d) {
            prune(d);
            if (d.size() < max) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), d.peekFirst().plus(WINDOW));
        }
    }

    private void record(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> d) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
            d.pollFirst();
        }
    }
}
