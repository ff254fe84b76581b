package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.Account;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.access.LoginThrottle;
import org.sitrep.web.access.Passwords;
import org.sitrep.web.access.Principal;
import org.sitrep.web.access.Role;
import org.sitrep.web.access.Sessions;

/** Logging in and out of the page, and telling the page who it is. */
public final class SessionRoutes {
    private final LedgerPool ledgers;
    private final Sessions sessions;
    private final Passwords passwords;
    private final boolean anonymousRead;
    private final LoginThrottle throttle;

    public SessionRoutes(LedgerPool ledgers, Sessions sessions, Passwords passwords, boolean anonymousRead,
                         LoginThrottle throttle) {
        this.ledgers = ledgers;
        this.sessions = sessions;
        this.passwords = passwords;
        this.anonymousRead = anonymousRead;
        this.throttle = throttle;
    }

    public void register(RouteTable r) {
        r.get("/api/session", this::session);
        r.post("/api/login", this::login);
        r.post("/api/logout", this::logout);
    }

    private void session(Context ctx) {
        ctx.json(view(AccessControl.principal(ctx), AccessControl.session(ctx)));
    }

    private void login(Context ctx) {
        JsonNode body = JsonBody.of(ctx);
        String name = JsonBody.text(body, "name");
        String password = body.path("password").asText(null);
        java.time.Duration wait = throttle.wait(String.valueOf(name), ctx.ip());
        if (!wait.isZero() && !wait.isNegative()) {
            ctx.header("Retry-After", String.valueOf(wait.toSeconds() + 1));
            throw new io.javalin.http.HttpResponseException(429, "too many failed logins; try again in "
                    + (wait.toMinutes() + 1) + " minute(s)");
        }
        Optional<Account> account = name == null ? Optional.empty() : ledgers.with(l -> l.accounts().find(name));
        if (!passwords.matches(password, account.map(Account::passwordHash).orElse(null))) {
            throttle.failed(String.valueOf(name), ctx.ip());
            throw new UnauthorizedResponse("wrong name or password");
        }
        throttle.succeeded(name);
        sessions.close(ctx.cookie(AccessControl.SESSION_COOKIE));
        Sessions.Session s = sessions.open(new Principal(account.get().name(), Role.of(account.get().role())));
        ctx.cookie(new Cookie(AccessControl.SESSION_COOKIE, s.id(), "/", -1, ctx.scheme().equals("https"), 0, true, null,
                null, SameSite.STRICT));
        ctx.json(view(s.principal(), s));
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(AccessControl.SESSION_COOKIE));
        ctx.removeCookie(AccessControl.SESSION_COOKIE, "/");
        ctx.status(204);
    }

    private Map<String, Object> view(Principal p, Sessions.Session s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", p == null ? null : Map.of("name", p.name(), "role", p.role().code()));
        out.put("csrf", s == null ? null : s.csrf());
        out.put("canWrite", p != null && p.role().canWrite());
        out.put("anonymousRead", anonymousRead);
        return out;
    }
}
