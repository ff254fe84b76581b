package org.sitrep.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slows password guessing without letting a guesser shut real users out.
 *
 * <p>Failed logins are counted per name and address together, per name, and per address; past a number
 * of free failures, each further one doubles the wait before that key may try again (1 s, 2 s, 4 s, ...
 * up to {@link #MAX_DELAY}). A guesser thus holds back the name from their own address at once, and
 * the name everywhere (or their address for every name) only after many more failures. A browser that
 * has logged in as a name before carries a cookie ({@link #succeeded}); its attempts for that name are
 * counted on their own and never wait for anyone else's failures, so a guesser hammering a name cannot
 * keep its owner out. Counts are forgotten when a key has been quiet for {@link #FORGET} past its wait.
 */
public final class LoginThrottle {
    /** Who is trying: the name, the client's address, and the known-browser cookie it sent (or null). */
    public record Attempt(String name, String address, String browser) {
    }

    static final int FREE_PER_PAIR = 5;
    static final int FREE_PER_NAME = 20;
    static final int FREE_PER_ADDRESS = 50;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofMinutes(15);
    /** Keys kept at most; an attacker making up names and addresses cannot grow the map past this. */
    static final int MAX_KEYS = 100_000;
    static final int MAX_BROWSERS = 10_000;

    private record Strikes(int failures, Instant last) {
    }

    private record Key(String id, int free) {
    }

    private final Clock clock;
    private final Map<String, Strikes> strikes = new LinkedHashMap<>();
    /** Known-browser token to the name that logged in with it; least recently used first. */
    private final LinkedHashMap<String, String> browsers = new LinkedHashMap<>(16, 0.75f, true);

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the attempt must wait before it is tried, or zero. */
    public synchronized Duration wait(Attempt a) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Key k : keys(a)) {
            Strikes s = current(k, now);
            if (s == null) {
                continue;
            }
            Duration left = Duration.between(now, s.last().plus(delay(s.failures() - k.free())));
            if (left.compareTo(longest) > 0) {
                longest = left;
            }
        }
        return longest;
    }

    public synchronized void failed(Attempt a) {
        Instant now = clock.instant();
        forgetQuietKeys(now);
        for (Key k : keys(a)) {
            Strikes s = current(k, now);
            strikes.remove(k.id());
            strikes.put(k.id(), new Strikes(s == null ? 1 : s.failures() + 1, now));
        }
    }

    /**
     * Clears what the name's own guessers cannot have caused (its count from this address or browser), and
     * returns the browser's known-browser token for the name: the one it sent, or a new one.
     */
    public synchronized String succeeded(Attempt a) {
        String token = a.browser();
        if (token == null || !a.name().equals(browsers.get(token))) {
            token = Tokens.random();
            browsers.put(token, a.name());
            if (browsers.size() > MAX_BROWSERS) {
                Iterator<String> eldest = browsers.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        strikes.remove("pair:" + a.name() + "\0" + a.address());
        strikes.remove("browser:" + token);
        return token;
    }

    /** The key's count, or null when it has none or has been quiet long enough to be forgotten. */
    private Strikes current(Key k, Instant now) {
        Strikes s = strikes.get(k.id());
        if (s != null && s.last().plus(delay(s.failures() - k.free())).plus(FORGET).isBefore(now)) {
            strikes.remove(k.id());
            return null;
        }
        return s;
    }

    private List<Key> keys(Attempt a) {
        List<Key> keys = new ArrayList<>(3);
        if (a.browser() != null && a.name().equals(browsers.get(a.browser()))) {
            keys.add(new Key("browser:" + a.browser(), FREE_PER_PAIR));
            return keys;
        }
        keys.add(new Key("pair:" + a.name() + "\0" + a.address(), FREE_PER_PAIR));
        keys.add(new Key("name:" + a.name(), FREE_PER_NAME));
        keys.add(new Key("addr:" + a.address(), FREE_PER_ADDRESS));
        return keys;
    }

    /** The wait after {@code over} failures past the free ones: none, then 1 s doubling up to the maximum. */
    static Duration delay(int over) {
        if (over <= 0) {
            return Duration.ZERO;
        }
        if (over > 20) {
            return MAX_DELAY;
        }
        Duration d = Duration.ofSeconds(1L << (over - 1));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void forgetQuietKeys(Instant now) {
        if (strikes.size() < MAX_KEYS) {
            return;
        }
        strikes.values().removeIf(s -> s.last().plus(MAX_DELAY).plus(FORGET).isBefore(now));
        // Still full: the oldest half goes (keys are kept in the order of their last failure).
        Iterator<Strikes> it = strikes.values().iterator();
        for (int i = strikes.size() - MAX_KEYS / 2; i > 0 && it.hasNext(); i--) {
            it.next();
            it.remove();
        }
    }
}
