package org.sitrep.web.access;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ledger.Account;
import org.sitrep.web.LedgerPool;

/**
 * The check before every API request: who is asking (a bearer token, else the session cookie), and
 * whether they may. Reading needs an account unless anonymous reading is on; writing always needs an
 * analyst or admin. A write made with the session cookie must carry the session's CSRF token, and a
 * write from another origin is refused whatever it carries.
 */
public final class AccessControl {
    public static final String SESSION_COOKIE = "sitrep_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "sitrep.principal";
    private static final String SESSION = "sitrep.session";
    /** Anyone may ask who they are and log in. */
    private static final Set<String> OPEN = Set.of("/api/session", "/api/login", "/api/logout");

    private final LedgerPool ledgers;
    private final Sessions sessions;
    private final boolean anonymousRead;

    public AccessControl(LedgerPool ledgers, Sessions sessions, boolean anonymousRead) {
        this.ledgers = ledgers;
        this.sessions = sessions;
        this.anonymousRead = anonymousRead;
    }

    public boolean anonymousRead() {
        return anonymousRead;
    }

    /** Javalin before-handler for /api/*. */
    public void check(Context ctx) {
        boolean write = !(ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS);
        if (write && !sameOrigin(ctx)) {
            throw new ForbiddenResponse("cross-site request refused");
        }
        String auth = ctx.header("Authorization");
        Principal p = null;
        Sessions.Session session = null;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).strip();
            Optional<Account> a = ledgers.with(l -> l.accounts().byToken(Tokens.sha256(token)));
            if (a.isEmpty()) {
                throw new UnauthorizedResponse("unknown or revoked API token");
            }
            p = new Principal(a.get().name(), Role.of(a.get().role()));
        } else {
            session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
            p = session == null ? null : session.principal();
        }
        ctx.attribute(PRINCIPAL, p);
        ctx.attribute(SESSION, session);
        if (OPEN.contains(ctx.path())) {
            return;
        }
        if (!write) {
            if (p == null && !anonymousRead) {
                throw new UnauthorizedResponse("log in to read this ledger");
            }
            return;
        }
        if (p == null) {
            throw new UnauthorizedResponse("log in to change anything");
        }
        if (session != null && !Tokens.same(session.csrf(), ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("missing or wrong CSRF token (header " + CSRF_HEADER + ")");
        }
        if (!p.role().canWrite()) {
            throw new ForbiddenResponse(p.name() + " is a viewer: viewers cannot change anything");
        }
    }

    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    public static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The acting account of a write (the check above has made sure there is one). */
    public static Principal actor(Context ctx) {
        Principal p = principal(ctx);
        if (p == null) {
            throw new UnauthorizedResponse("log in to change anything");
        }
        return p;
    }

    public static void requireAdmin(Context ctx) {
        if (actor(ctx).role() != Role.ADMIN) {
            throw new ForbiddenResponse("only an admin may do this");
        }
    }

    /**
     * A browser sends Origin with every cross-site write; when it is there it must name this server.
     * (Clients other than browsers usually send none, and carry a token rather than a cookie.)
     */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String host = ctx.header("Host");
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
