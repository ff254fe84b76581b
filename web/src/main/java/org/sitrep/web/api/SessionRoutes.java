package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.Account;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.access.ClientAddress;
import org.sitrep.web.access.LoginThrottle;
import org.sitrep.web.access.Passwords;
import org.sitrep.web.access.Principal;
import org.sitrep.web.access.Role;
import org.sitrep.web.access.Sessions;
import org.sitrep.web.access.Tokens;

/**
 * Logging in and out of the page, and telling the page who it is. A login body holds a few hundred bytes
 * ({@value #MAX_LOGIN_BODY} at most); failed logins are throttled ({@link LoginThrottle}); a wrong
 * password and an unknown name take the same time (a bcrypt check either way).
 */
public final class SessionRoutes {
    /** A name and a password of at most 72 bytes, as JSON: a few hundred bytes; anything near this is not a login. */
    static final long MAX_LOGIN_BODY = 4 * 1024;
    /** Marks a browser that has logged in as a name before (see {@link LoginThrottle}). */
    static final String BROWSER_COOKIE = "sitrep_browser";
    private final LedgerPool ledgers;
    private final Sessions sessions;
    private final Passwords passwords;
    private final boolean anonymousRead;
    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final boolean secureCookies;

    /**
     * @param secureCookies whether cookies are for HTTPS only even when the request came in as plain HTTP
     *                      (the server is behind a TLS proxy: {@code --public-url https://...})
     */
    public SessionRoutes(LedgerPool ledgers, Sessions sessions, Passwords passwords, boolean anonymousRead,
                         LoginThrottle throttle, ClientAddress clients, boolean secureCookies) {
        this.ledgers = ledgers;
        this.sessions = sessions;
        this.passwords = passwords;
        this.anonymousRead = anonymousRead;
        this.throttle = throttle;
        this.clients = clients;
        this.secureCookies = secureCookies;
    }

    public void register(RouteTable r) {
        r.get("/api/session", this::session);
        r.post("/api/login", MAX_LOGIN_BODY, this::login);
        r.post("/api/logout", MAX_LOGIN_BODY, this::logout);
    }

    private void session(Context ctx) {
        ctx.json(view(AccessControl.principal(ctx), AccessControl.session(ctx)));
    }

    private void login(Context ctx) {
        JsonNode body = JsonBody.of(ctx);
        String name = JsonBody.text(body, "name");
        String password = body.path("password").asText(null);
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(String.valueOf(name), clients.of(ctx),
                ctx.cookie(BROWSER_COOKIE));
        java.time.Duration wait = throttle.wait(attempt);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new io.javalin.http.HttpResponseException(429, "too many failed logins for this name; try again in "
                    + (seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " minutes"));
        }
        Optional<Account> account = name == null ? Optional.empty() : ledgers.with(l -> l.accounts().find(name));
        if (!passwords.matches(password, account.map(Account::passwordHash).orElse(null))) {
            throttle.failed(attempt);
            throw new UnauthorizedResponse("wrong name or password");
        }
        String browser = throttle.succeeded(attempt);
        sessions.close(ctx.cookie(AccessControl.SESSION_COOKIE));
        Sessions.Session s = sessions.open(new Principal(account.get().name(), Role.of(account.get().role())));
        boolean secure = secureCookies || ctx.scheme().equals("https");
        ctx.cookie(new Cookie(AccessControl.SESSION_COOKIE, s.id(), "/", -1, secure, 0, true, null, null, SameSite.STRICT));
        ctx.cookie(new Cookie(BROWSER_COOKIE, browser, "/api/login", (int) java.time.Duration.ofDays(365).toSeconds(),
                secure, 0, true, null, null, SameSite.STRICT));
        ctx.json(view(s.principal(), s));
    }

    /** Logging out is a change like any other: a session must send its CSRF token (else any site could log it out). */
    private void logout(Context ctx) {
        Sessions.Session s = AccessControl.session(ctx);
        if (s != null && !Tokens.same(s.csrf(), ctx.header(AccessControl.CSRF_HEADER))) {
            throw new ForbiddenResponse("missing or wrong CSRF token (header " + AccessControl.CSRF_HEADER + ")");
        }
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
