package org.sitrep.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page sessions, in memory: a restart logs everyone out, which is acceptable for a tool served to a
 * team and keeps no session secret on disk. Each session has its CSRF token.
 */
public final class Sessions {
    /** A logged-in page. */
    public record Session(String id, Principal principal, String csrf, Instant expires) {
    }

    static final Duration IDLE = Duration.ofHours(12);
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session open(Principal p) {
        purge();
        Session s = new Session(Tokens.random(), p, Tokens.random(), clock.instant().plus(IDLE));
        byId.put(s.id(), s);
        return s;
    }

    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null || s.expires().isBefore(clock.instant())) {
            if (s != null) {
                byId.remove(id);
            }
            return Optional.empty();
        }
        Session renewed = new Session(s.id(), s.principal(), s.csrf(), clock.instant().plus(IDLE));
        byId.put(id, renewed);
        return Optional.of(renewed);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends the sessions of an account (removed, or its role changed). */
    public void closeAll(String name) {
        byId.values().removeIf(s -> s.principal().name().equals(name));
    }

    private void purge() {
        Instant now = clock.instant();
        byId.values().removeIf(s -> s.expires().isBefore(now));
    }
}
